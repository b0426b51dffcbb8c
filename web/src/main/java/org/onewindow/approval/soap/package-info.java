/** A department's own approval system over SOAP: its work list, each task, claiming, approving, refusing, returning. */
package org.onewindow.approval.soap;
