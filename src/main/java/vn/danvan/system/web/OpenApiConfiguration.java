package vn.danvan.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html): scripts sign in with HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI danvanOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("DanVan API")
                        .version("v1")
                        .description("API của Dân Vận số. Mọi truy vấn chỉ trả về dữ liệu trong phạm vi của tài khoản gọi;"
                                + " lỗi trả về theo RFC 9457 (application/problem+json) với thông báo tiếng Việt.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
