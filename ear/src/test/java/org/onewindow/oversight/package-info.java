/**
 * Electronic supervision over the wire: cards, urging, fees, ratings, complaints, statistics and scores on the running
 * server with its adjustable clock. The package is named so that failsafe's alphabetical order runs it before the
 * in-container tests (…sessionbeans), after which BASIC logins of the same run fail (see the ear's pom).
 */
package org.onewindow.oversight;
