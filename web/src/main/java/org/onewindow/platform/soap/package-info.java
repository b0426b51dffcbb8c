/**
 * What every SOAP endpoint shares: the refusal fault (code, message in the caller's language, wrong fields),
 * the caller's language, java.time for xs:dateTime and xs:date, and the XML layer's own refusals.
 * The contract types ({@code .contract}) are generated from the WSDLs in WEB-INF/wsdl at build time.
 */
package org.onewindow.platform.soap;
