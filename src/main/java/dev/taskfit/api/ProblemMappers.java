package dev.taskfit.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * The one place where failures become HTTP responses: every error leaves as {@code application/problem+json},
 * with a message the caller can act on and never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = respond(e.problem());
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** Declared for the exact types Quarkus REST maps itself, so that ours are chosen. */
    @ServerExceptionMapper({MismatchedInputException.class, JsonParseException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class})
    public Response badJsonOfKnownKind(JsonProcessingException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return badJson(parse); // e.g. invalid UTF-8 inside a field's value
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(ProblemException.invalid(List.of(fieldError(mapping, ""))).problem());
        }
        if (e instanceof MismatchedInputException mismatch) {
            String detail = mismatch.getTargetType() != null
                    ? "the body must be a JSON object"
                    : "the body is not valid JSON";
            return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400, detail, null));
        }
        return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400,
                "the body is not valid JSON: " + e.getOriginalMessage(), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "no such resource; see /q/openapi for the API";
            case 405 -> "method not allowed on this resource";
            case 406 -> "this API answers application/json";
            case 415 -> "send the body as application/json";
            case 400 -> "the request could not be read: send a JSON object";
            default -> title;
        };
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(new Problem("/problems/http-" + status, title, status, detail, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "an unexpected error occurred; quote incident " + incident, null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field a mapping failure is about (its JSON path after {@code prefix}), and what is wrong with it. */
    public static Problem.FieldError fieldError(JsonMappingException e, String prefix) {
        return new Problem.FieldError(prefix + path(e), describe(e));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            return target == null ? "wrong type" : "must be " + typeName(target);
        }
        return "invalid value";
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
