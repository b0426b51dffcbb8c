/** Submission and the public status over SOAP, for other government portals (role INTEGRATOR); materials as MTOM attachments. */
package org.onewindow.acceptance.soap;
