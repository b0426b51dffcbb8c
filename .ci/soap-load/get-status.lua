-- wrk: GetStatus over SOAP as an integrating portal. NUMBER and CODE come from the environment (see ../soap-load.sh).
local number = os.getenv("NUMBER")
local code = os.getenv("CODE")
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=UTF-8"
wrk.headers["SOAPAction"] = '""'
wrk.headers["Authorization"] = os.getenv("AUTH")
wrk.body = '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
    .. 'xmlns:o="http://onewindow.gov.cn/integration/2026/12/applications"><soapenv:Body><o:GetStatus>'
    .. '<o:applicationNumber>' .. number .. '</o:applicationNumber><o:queryCode>' .. code .. '</o:queryCode>'
    .. '</o:GetStatus></soapenv:Body></soapenv:Envelope>'

function response(status, headers, body)
    if status ~= 200 then
        io.stderr:write("unexpected HTTP " .. status .. "\n")
    end
end
