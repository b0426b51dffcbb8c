/** The catalogue over SOAP: the items and their service guides, for integrating systems (role INTEGRATOR). */
package org.onewindow.catalogue.soap;
