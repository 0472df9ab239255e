package dev.taskfit.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where failures become HTTP responses: every error leaves as {@code application/problem+json},
 * with a message the caller can act on, the request id as its {@code instance}, and never a stack trace or a
 * parser's internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.*?)' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");

    private final Instance<Context> lambdaContext;

    public ProblemMappers(Instance<Context> lambdaContext) {
        this.lambdaContext = lambdaContext;
    }

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
        ProblemException cause = problemCause(e);
        if (cause != null) {
            return respond(cause.problem()); // e.g. the body limit, hit while a field was being read
        }
        if (e.getCause() instanceof JsonProcessingException parse && !(e instanceof StreamConstraintsException)) {
            return badJson(parse); // e.g. a parse failure inside a field's value
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(ProblemException.invalid(List.of(fieldError(mapping, ""))).problem());
        }
        if (e instanceof MismatchedInputException mismatch && !String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            String detail = mismatch.getTargetType() != null
                    ? "the body must be a JSON object"
                    : "the body is not valid JSON";
            return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400, detail, null));
        }
        return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400,
                "the body is not valid JSON: " + whatIsWrong(e) + where(e), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        ProblemException cause = problemCause(e);
        if (cause != null) {
            return respond(cause.problem());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (status == 405 && allow == null) {
            allow = AllowedMethods.at(uri.getPath());
        }
        String detail = switch (status) {
            case 404 -> "no such resource; see /q/openapi for the API";
            case 405 -> allow == null ? "method not allowed on this resource" : "method not allowed on this resource; allowed: " + allow;
            case 406 -> "this API answers application/json";
            case 415 -> "send the body as application/json";
            case 400 -> "the request could not be read: send a JSON object";
            default -> title;
        };
        if (status >= 500) {
            return unexpected(e);
        }
        Response.ResponseBuilder response = builder(new Problem("/problems/http-" + status, title, status, detail, null));
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        ProblemException cause = problemCause(e);
        if (cause != null) {
            return respond(cause.problem());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "an unexpected error occurred; quote incident " + incident, null));
    }

    Response respond(Problem problem) {
        return builder(problem).build();
    }

    private Response.ResponseBuilder builder(Problem problem) {
        String id = RequestIds.of(lambdaContext);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(id != null ? id : "urn:uuid:" + UUID.randomUUID()));
    }

    private static ProblemException problemCause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    /** What a parser failure means, in the caller's terms: never the parser's own message, which names its internals. */
    private static String whatIsWrong(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            Matcher limit = LIMIT.matcher(original);
            String max = limit.find() ? limit.group(1) : null;
            if (original.startsWith("Document nesting depth")) {
                return "it nests arrays and objects more than " + max + " levels deep";
            }
            if (original.startsWith("Number")) {
                return "a number is longer than " + max + " characters";
            }
            if (original.startsWith("Name length")) {
                return "a field name is longer than " + max + " characters";
            }
            if (original.startsWith("String value length")) {
                return "a string is longer than " + max + " characters";
            }
            return "it is larger than the parser accepts";
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "it ends before it is complete";
        }
        if (e instanceof InputCoercionException) {
            return "a number is out of range for its field";
        }
        if (original.startsWith("Trailing token")) {
            return "something follows the JSON value";
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(original);
        if (unexpected.find()) {
            return "unexpected character " + Problem.excerpt(unexpected.group(1));
        }
        Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(original);
        if (unrecognized.find()) {
            return "unrecognized word " + Problem.excerpt(unrecognized.group(1)) + " (strings need double quotes)";
        }
        if (original.startsWith("Illegal unquoted character") || original.startsWith("Illegal character")) {
            return "a control character inside a string must be escaped (e.g. \\n)";
        }
        if (original.startsWith("Unexpected close marker")) {
            return "a closing bracket does not match the one it closes";
        }
        if (original.contains("numeric value") || original.contains("Leading zeroes") || original.contains("Non-standard token")) {
            return "a number is not written as JSON allows";
        }
        if (original.startsWith("Invalid UTF-8")) {
            return "it is not UTF-8";
        }
        return "it is malformed";
    }

    private static String where(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
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
        if (e.getCause() instanceof JsonProcessingException cause) {
            return whatIsWrong(cause);
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
