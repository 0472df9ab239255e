package dev.taskfit.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every error response of the OpenAPI document the same shape: {@code application/problem+json} with the
 * {@code Problem} schema and an example, so generated clients get typed errors; adds the errors every operation
 * can answer (400, 413 and 415 where it takes a body; 500) where a resource did not list them. Runs at build time:
 * nothing at start-up.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                describeErrors(operation);
            }
        }
    }

    private static void describeErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", "Invalid request (per-field errors), or a body that is not UTF-8 JSON");
            addIfAbsent(responses, "413", "Body too large (taskfit.limits.max-body-bytes)");
            addIfAbsent(responses, "415", "Not application/json, or a charset other than UTF-8");
        }
        addIfAbsent(responses, "500", "Unexpected failure (quote the incident and the instance)");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            String code = entry.getKey();
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                entry.getValue().setContent(problemContent(code));
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent(String code) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(REF))
                .example(example(code)));
    }

    /** A problem as the API really answers it with {@code code}. */
    private static Map<String, Object> example(String code) {
        int status = code.equals("default") ? 500 : Integer.parseInt(code);
        Map<String, Object> example = new LinkedHashMap<>();
        switch (status) {
            case 400 -> put(example, "/problems/validation", "Invalid request", status, "text: is required")
                    .put("errors", List.of(Map.of("field", "text", "message", "is required")));
            case 404 -> put(example, "/problems/unknown-model", "Unknown model", status,
                    "no model named 'sentimant'; available: sentiment, spam");
            case 405 -> put(example, "/problems/http-405", "Method Not Allowed", status,
                    "method not allowed on this resource; allowed: POST");
            case 413 -> put(example, "/problems/body-too-large", "Request body too large", status,
                    "the body exceeds the limit of 1048576 bytes (taskfit.limits.max-body-bytes)");
            case 415 -> put(example, "/problems/unsupported-charset", "Unsupported charset", status,
                    "the Content-Type header declares charset='ISO-8859-1'; send the JSON body as UTF-8 (charset=utf-8, or no charset)");
            case 422 -> put(example, "/problems/model-needed", "Model needed", status,
                    "the advice is discriminative, but the task points to no shipped classifier; name one in \"model\"");
            case 503 -> put(example, "/problems/llm-unavailable", "LLM unavailable", status,
                    "no LLM is configured (taskfit.generate.provider=none)");
            case 504 -> put(example, "/problems/llm-timeout", "LLM timed out", status, "the LLM did not answer within 10s");
            case 500 -> put(example, "/problems/internal", "Internal error", status,
                    "an unexpected error occurred; quote incident 0b5c1f4e-8a3d-4e43-9a2b-3f8f3c2d1e55");
            default -> put(example, "/problems/http-" + status, "HTTP " + status, status, "the request was refused");
        }
        return example;
    }

    private static Map<String, Object> put(Map<String, Object> example, String type, String title, int status, String detail) {
        example.put("type", type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "3f2b6c1e-7d4a-4b8e-9c1f-2a5d8e7b6c4d");
        return example;
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field: where it is and what is wrong with it")
                .addProperty("field", string("Path of the field in the request body, e.g. filters[0].model"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the body of every error response")
                .addProperty("type", string("URI reference naming the kind of problem, e.g. /problems/validation"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What is wrong with this request, in the caller's terms"))
                .addProperty("instance", string("The request this answers: its AWS request id (find it in CloudWatch Logs)"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Every invalid field at once (validation problems only)"))
                .required(List.of("type", "title", "status", "detail", "instance"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
