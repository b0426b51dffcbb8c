-- wrk: SubmitApplication over SOAP with four small PDFs as MTOM attachments (SCJ-001, company registration).
-- Every request creates an application; run it against a test server only.
local boundary = "----=_OneWindowLoad"
local function pdf(name)
    return "%PDF-1.4\n% " .. name .. "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
end
local materials = { "APPLY", "CHARTER", "SHAREHOLDER-ID", "PREMISES" }
local envelope = '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
    .. 'xmlns:o="http://onewindow.gov.cn/integration/2026/12/applications"><soapenv:Body><o:SubmitApplication>'
    .. '<o:itemCode>SCJ-001</o:itemCode><o:applicant><o:kind>ENTERPRISE</o:kind><o:identifier>914401060000300015</o:identifier>'
    .. '<o:name>广州天河压测有限公司</o:name><o:phone>13912345678</o:phone></o:applicant>'
    .. '<o:field name="companyName">广州天河压测有限公司</o:field><o:field name="address">广州市天河区天河路385号</o:field>'
    .. '<o:field name="registeredCapital">100</o:field><o:field name="businessScope">软件开发</o:field>'
for _, code in ipairs(materials) do
    envelope = envelope .. '<o:material code="' .. code .. '" fileName="' .. code:lower() .. '.pdf" contentType="application/pdf">'
        .. '<o:content><xop:Include xmlns:xop="http://www.w3.org/2004/08/xop/include" href="cid:' .. code .. '@load"/></o:content></o:material>'
end
envelope = envelope .. '</o:SubmitApplication></soapenv:Body></soapenv:Envelope>'
local body = "--" .. boundary .. "\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\n"
    .. "Content-ID: <root@load>\r\n\r\n" .. envelope .. "\r\n"
for _, code in ipairs(materials) do
    body = body .. "--" .. boundary .. "\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\n"
        .. "Content-ID: <" .. code .. "@load>\r\n\r\n" .. pdf(code) .. "\r\n"
end
body = body .. "--" .. boundary .. "--\r\n"

wrk.method = "POST"
wrk.headers["Content-Type"] = 'multipart/related; type="application/xop+xml"; boundary="' .. boundary
    .. '"; start="<root@load>"; start-info="text/xml"'
wrk.headers["SOAPAction"] = '""'
wrk.headers["Authorization"] = os.getenv("AUTH")
wrk.body = body

function response(status, headers, body)
    if status ~= 200 then
        io.stderr:write("unexpected HTTP " .. status .. "\n")
    end
end
