package org.onewindow.sessionbeans;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test archive deployed beside the EAR: it sees the EAR's classes and runs under its security
 * domain. Deploy one such archive per test run: after a second web module bound to the application's
 * domain was undeployed, the EAR's BASIC authentication failed (WildFly 39), so all in-container tests
 * live in one class.
 */
final class TestArchives {

    private TestArchives() {
    }

    static WebArchive besideTheEar(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(classes)
                .addClasses(TestArchives.class, WangFangClerk.class, ZhouQiangClerk.class, LiNaClerk.class, Administrator.class)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                          <deployment>
                            <dependencies>
                              <module name="deployment.onewindow.ear"/>
                              <module name="deployment.onewindow.ear.onewindow-ejb.jar"/>
                            </dependencies>
                          </deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0"><security-domain>onewindow</security-domain></jboss-web>"""),
                        "jboss-web.xml")
                // The domain's refusals reach the test as they are, as they reach the screens.
                .addAsWebInfResource(new StringAsset("""
                        <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0"><assembly-descriptor><application-exception>
                          <exception-class>org.onewindow.shared.DomainException</exception-class><rollback>true</rollback><inherited>true</inherited>
                        </application-exception></assembly-descriptor></ejb-jar>"""), "ejb-jar.xml")
                .addPackages(true, "org.assertj.core");
    }
}
