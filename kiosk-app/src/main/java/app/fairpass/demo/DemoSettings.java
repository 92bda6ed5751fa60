package app.fairpass.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code fairpass.demo.*}, set by the {@code demo} profile; without a password a new one is made at every start. */
@ConfigurationProperties("fairpass.demo")
public record DemoSettings(@DefaultValue("") String password) {
}
