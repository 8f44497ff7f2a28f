package vn.danvan.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo or production. Demo (the demo province, accounts with the password "demo", a visible banner) is the
 * default on the embedded H2 database only; on any other database it must be asked for with danvan.demo=true.
 */
@Component
public class DeploymentMode {

    private final boolean demo;

    public DeploymentMode(@Value("${danvan.demo:}") String demoSetting,
                          @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.demo = demoSetting == null || demoSetting.isBlank()
                ? datasourceUrl.startsWith("jdbc:h2:")
                : Boolean.parseBoolean(demoSetting.strip());
    }

    public boolean isDemo() {
        return demo;
    }
}
