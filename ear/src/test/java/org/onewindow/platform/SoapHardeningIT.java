package org.onewindow.platform;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SOAP endpoints' contract is public, everything else needs the right account, and the XML parser refuses what
 * could make it read files, call out or expand without end: a DOCTYPE is a fault before anything is resolved.
 */
class SoapHardeningIT {

    private static final String PORTAL = "integrator.demo";

    @Test
    void each_wsdl_is_served_without_signing_in_with_its_schemas_and_the_servers_address() {
        for (String service : new String[]{"catalogue", "applications", "departments"}) {
            String wsdl = RestAssured.given().get(Soap.url(service) + "?wsdl").then().statusCode(200).extract().asString();
            assertThat(wsdl).contains("targetNamespace=\"http://onewindow.gov.cn/integration/2026/12/" + service + "\"")
                    .contains("<soap:address location=\"" + Soap.url(service).replace("127.0.0.1", "localhost") + "\"")
                    .contains("一窗通办").contains("OneWindow");
            String schema = RestAssured.given().get(Soap.url(service) + "?xsd=common.xsd").then().statusCode(200).extract().asString();
            assertThat(schema).contains("name=\"Refusal\"").contains("xml:lang=\"zh\"").contains("xml:lang=\"en\"");
        }
    }

    @Test
    void the_catalogue_answers_what_rest_answers() {
        Soap.Answer items = Soap.catalogue(PORTAL, "<o:ListItems/>").ok();
        assertThat(items.records("item")).extracting(i -> i.get("code")).contains("BL-001", "BL-002", "SCJ-001");
        Soap.Answer guide = Soap.catalogue(PORTAL, "<o:GetServiceGuide><o:itemCode>BL-001</o:itemCode></o:GetServiceGuide>").ok();
        java.util.List<String> restMaterials = Api.anonymous().get("/items/BL-001").then().statusCode(200)
                .extract().jsonPath().getList("materials.code", String.class);
        assertThat(guide.records("material")).extracting(m -> m.get("code")).containsExactlyElementsOf(restMaterials);
        assertThat(guide.records("cooperatingDepartment")).extracting(d -> d.get("code"))
                .containsExactlyInAnyOrder("TH-STJ", "TH-XFJ", "TH-CGJ", "TH-WJJ");
    }

    @Test
    void operations_need_an_account_with_the_right_role() {
        assertThat(Soap.catalogue(null, "<o:ListItems/>").status()).isEqualTo(401);
        assertThat(Soap.catalogue("wu.jing", "<o:ListItems/>").status()).isEqualTo(403);
        assertThat(Soap.departments(PORTAL, "<o:ListSubApplications/>").status()).isEqualTo(403);
        assertThat(Soap.applications("wang.fang", "zh-CN", "<o:GetStatus><o:applicationNumber>x</o:applicationNumber>"
                + "<o:queryCode>y</o:queryCode></o:GetStatus>").status()).isEqualTo(403);
        Soap.departments("wu.jing", "<o:ListSubApplications/>").ok();
    }

    @Test
    void an_external_entity_is_refused_without_reading_the_file_or_calling_out() throws IOException {
        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(1000);
            String url = "http://127.0.0.1:" + trap.getLocalPort() + "/evil";
            for (String doctype : new String[]{
                    "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                    "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"" + url + "\">]>",
                    "<!DOCTYPE e SYSTEM \"" + url + ".dtd\">",
                    "<!DOCTYPE e [<!ENTITY % remote SYSTEM \"" + url + ".dtd\"> %remote;]>"}) {
                Soap.Answer fault = Soap.call(PORTAL, "catalogue", "zh-CN", withDoctype(doctype,
                        "<o:GetServiceGuide><o:itemCode>&xxe;</o:itemCode></o:GetServiceGuide>"));
                assertUnreadable(fault, "请求报文无法解析");
                assertThat(fault.body()).doesNotContain("root:").doesNotContain("Exception").doesNotContain("at [row");
                assertThat(connectionTo(trap)).as("the server called out for " + doctype).isFalse();
            }
        }
    }

    @Test
    void entity_expansion_is_refused_at_once_and_the_server_goes_on_answering() {
        StringBuilder entities = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        entities.append("]>");
        Instant start = Instant.now();
        Soap.Answer fault = Soap.call(PORTAL, "catalogue", "en", withDoctype(entities.toString(),
                "<o:GetServiceGuide><o:itemCode>&lol9;</o:itemCode></o:GetServiceGuide>"));
        assertUnreadable(fault, "The request cannot be read");
        assertThat(Duration.between(start, Instant.now())).as("refused without expanding").isLessThan(Duration.ofSeconds(10));
        Soap.catalogue(PORTAL, "<o:ListItems/>").ok();
    }

    @Test
    void malformed_xml_and_an_unknown_operation_are_clear_faults() {
        assertUnreadable(Soap.call(PORTAL, "catalogue", "zh-CN", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><x"),
                "请求报文无法解析");
        assertUnreadable(Soap.catalogue(PORTAL, "<o:DeleteEverything/>"), "请求报文无法解析");
    }

    private static void assertUnreadable(Soap.Answer fault, String messageStart) {
        assertThat(fault.status()).isEqualTo(500);
        assertThat(fault.text("faultcode")).endsWith("Client");
        assertThat(fault.text("code")).isEqualTo("soap.unreadable-xml");
        assertThat(fault.text("kind")).isEqualTo("UNREADABLE");
        assertThat(fault.text("faultstring")).startsWith(messageStart);
    }

    private static String withDoctype(String doctype, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + Soap.envelope(Soap.CATALOGUE, body).substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
    }

    private static boolean connectionTo(ServerSocket trap) throws IOException {
        try {
            trap.accept().close();
            return true;
        } catch (SocketTimeoutException none) {
            return false;
        }
    }
}
