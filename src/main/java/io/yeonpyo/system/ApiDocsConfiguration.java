package io.yeonpyo.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.yeonpyo.extraction.PartialDate;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/**} at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static {
        // from/to arrive as text (PartialDateFormatter); without this springdoc lists a PartialDate's fields instead.
        SpringDocUtils.getConfig().addSimpleTypesForParameterObject(PartialDate.class)
                .replaceWithSchema(PartialDate.class, new StringSchema().pattern("^\\d{4}(-\\d{2}(-\\d{2})?)?$")
                        .example("2023-11").description("YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI().info(new Info().title("Yeonpyo API").version("v1").description(
                "Events extracted from Korean news articles, with their sources. Dates are partial (YYYY, YYYY-MM or "
                        + "YYYY-MM-DD) with a precision and an optional qualifier; the list endpoints take the "
                        + "timeline's filters."));
    }
}
