package app.fairpass.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses with a 400 before any application code sees them (a header over the size limit, a
 * malformed request line): one log line each, saying what was wrong but not the request's text, which may hold
 * personal data. Tomcat's own log of them, a stack trace quoting the request, is turned off in
 * application.properties.
 */
@Component
class RefusedRequestLog implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private static final Logger log = LoggerFactory.getLogger(RefusedRequestLog.class);

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new RefusalsOnly());
    }

    /** Tomcat hands every request it answered, refused ones too, to the engine's access logs. */
    private static final class RefusalsOnly extends ValveBase implements AccessLog {
        RefusalsOnly() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
        }

        @Override
        public void log(Request request, Response response, long time) {
            if (response.getStatus() == 400
                    && request.getCoyoteRequest().getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable
                            refusal) {
                log.warn("request refused by the server: {}", withoutQuotedText(refusal.getMessage()));
            }
        }

        /** Tomcat quotes the offending text in brackets: "… in the request target [/register/…]. …". */
        private static String withoutQuotedText(String message) {
            return message == null ? "" : message.replaceAll("\\[[^\\]]*\\]", "[…]");
        }

        @Override
        public void setRequestAttributesEnabled(boolean requestAttributesEnabled) {
        }

        @Override
        public boolean getRequestAttributesEnabled() {
            return false;
        }
    }
}
