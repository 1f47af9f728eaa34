package io.yeonpyo.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/**} at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    private static final String API_ERROR = "ApiError";

    static {
        // from/to arrive as text (PartialDateFormatter); without this springdoc lists a PartialDate's fields instead.
        SpringDocUtils.getConfig().addSimpleTypesForParameterObject(PartialDate.class)
                .replaceWithSchema(PartialDate.class, new StringSchema().pattern("^\\d{4}(-\\d{2}(-\\d{2})?)?$")
                        .example("2023-11").description("YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    /**
     * The error answers of each operation, as {@link ErrorHandling} gives them: 400 for a query parameter it cannot
     * read (a bad date, type, page or size), 404 for a path that names nothing (an unknown slug). Springdoc does not
     * see them, since they come from an exception handler.
     */
    @Bean
    OpenApiCustomizer errorAnswers() {
        return api -> {
            api.getComponents().addSchemas(API_ERROR, new ObjectSchema()
                    .description("The body of every API error")
                    .addProperty("status", new IntegerSchema().example(400))
                    .addProperty("error", new StringSchema().example("Bad Request"))
                    .addProperty("message", new StringSchema()
                            .example("Dates are written YYYY, YYYY-MM or YYYY-MM-DD")));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                List<Parameter> parameters = operation.getParameters() == null ? List.of()
                        : operation.getParameters();
                if (parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
                    operation.getResponses().addApiResponse("400", error("A parameter cannot be read: a malformed date,"
                            + " an unknown type, a page or size out of range"));
                }
                if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                    operation.getResponses().addApiResponse("404", error("Nothing has this identifier"));
                }
            }));
        };
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + API_ERROR))));
    }

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI().components(new Components()).info(new Info().title("Yeonpyo API").version("v1")
                .description("Events extracted from Korean news articles, with their sources. Dates are partial"
                        + " (YYYY, YYYY-MM or YYYY-MM-DD) with a precision and an optional qualifier; the list"
                        + " endpoints take the timeline's filters."));
    }
}
