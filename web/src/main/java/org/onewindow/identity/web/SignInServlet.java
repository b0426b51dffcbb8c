package org.onewindow.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The "log in" link of the home page: open to any authenticated caller (web.xml), so reaching it makes the
 * server log the browser in (the local realm's login, or Keycloak's login page with -Dsso=keycloak), then it
 * goes home. A protected page opened directly logs the browser in the same way and stays where it was.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/");
    }
}
