package dev.taskfit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the API key once, at start-up, from the Secrets Manager secret or SSM SecureString parameter whose ARN is
 * in {@code TASKFIT_GENERATE_API_KEY_SECRET} (the Terraform module passes it, and grants only that read). A secret
 * may hold the bare key, or a JSON object with the key as its only string or under apiKey/api_key/api-key/key.
 *
 * <p>One SigV4-signed JSON call (Secrets Manager {@code GetSecretValue}, SSM {@code GetParameter} with decryption),
 * made with the AWS SDK's signer, default credential chain and URLConnection client, which Bedrock support brings
 * anyway: the two SDK service clients would add 7 MB (SSM's alone is 6 MB) and an Apache HTTP stack for one call.
 * Like the SDK, it honours {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} / {@code AWS_ENDPOINT_URL_SSM} (system properties
 * {@code aws.endpointUrlSecretsManager} / {@code aws.endpointUrlSsm}) for VPC endpoints and tests.
 */
final class ApiKeySecret {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> KEY_FIELDS = List.of("apiKey", "api_key", "api-key", "key");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What differs between the two services. */
    private record Service(String signingName, String target, String endpointProperty, String endpointVariable) {
    }

    private static final Service SECRETS_MANAGER = new Service("secretsmanager", "secretsmanager.GetSecretValue",
            "aws.endpointUrlSecretsManager", "AWS_ENDPOINT_URL_SECRETS_MANAGER");
    private static final Service SSM = new Service("ssm", "AmazonSSM.GetParameter", "aws.endpointUrlSsm",
            "AWS_ENDPOINT_URL_SSM");

    private ApiKeySecret() {
    }

    /**
     * The key held by the secret or parameter.
     *
     * @throws IllegalArgumentException with a message naming what to check (never the value)
     */
    static String read(String arn) {
        String[] parts = arn.strip().split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || parts[3].isEmpty()) {
            throw new IllegalArgumentException("TASKFIT_GENERATE_API_KEY_SECRET is not an ARN "
                    + "(arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME or arn:aws:ssm:REGION:ACCOUNT:parameter/NAME)");
        }
        String partition = parts[1], region = parts[3];
        return switch (parts[2]) {
            case "secretsmanager" -> fromSecretString(call(SECRETS_MANAGER, partition, region,
                    "{\"SecretId\":" + quote(arn.strip()) + "}").path("SecretString").asText(null));
            case "ssm" -> {
                String value = call(SSM, partition, region,
                        "{\"Name\":" + quote(arn.strip()) + ",\"WithDecryption\":true}").path("Parameter").path("Value").asText("");
                if (value.isBlank()) {
                    throw new IllegalArgumentException("the SSM parameter named by TASKFIT_GENERATE_API_KEY_SECRET is empty");
                }
                yield value.strip();
            }
            default -> throw new IllegalArgumentException("TASKFIT_GENERATE_API_KEY_SECRET names service '" + parts[2]
                    + "'; use a Secrets Manager secret or an SSM parameter");
        };
    }

    private static JsonNode call(Service service, String partition, String region, String body) {
        URI endpoint = endpoint(service, partition, region);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", service.target())
                .build();
        ContentStreamProvider payload = ContentStreamProvider.fromUtf8String(body);
        try (SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(CALL_TIMEOUT).socketTimeout(CALL_TIMEOUT).build();
             DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build()) {
            AwsCredentialsIdentity identity = credentials.resolveCredentials();
            SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                    .identity(identity)
                    .request(request)
                    .payload(payload)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service.signingName())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region));
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(payload))
                    .build()).call();
            String text;
            try (InputStream in = response.responseBody().map(InputStream.class::cast).orElse(InputStream.nullInputStream())) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = response.httpResponse().statusCode();
            if (status != 200) {
                throw new IllegalArgumentException("the API key could not be read from TASKFIT_GENERATE_API_KEY_SECRET ("
                        + service.signingName() + " " + errorCode(text) + ", HTTP " + status
                        + "; check the ARN and the function's IAM role)");
            }
            return JSON.readTree(text);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the API key could not be read from TASKFIT_GENERATE_API_KEY_SECRET ("
                    + service.signingName() + " at " + endpoint + " unreachable: " + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("the API key could not be read from TASKFIT_GENERATE_API_KEY_SECRET ("
                    + service.signingName() + ": " + e.getClass().getSimpleName() + ")");
        }
    }

    private static URI endpoint(Service service, String partition, String region) {
        String configured = System.getProperty(service.endpointProperty(), System.getenv(service.endpointVariable()));
        if (configured == null) {
            configured = System.getProperty("aws.endpointUrl", System.getenv("AWS_ENDPOINT_URL"));
        }
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured.strip() + (configured.strip().endsWith("/") ? "" : "/"));
        }
        String domain = partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
        return URI.create("https://" + service.signingName() + "." + region + "." + domain + "/");
    }

    /** "AccessDeniedException" from {"__type":"com.amazon...#AccessDeniedException","Message":...}. */
    private static String errorCode(String body) {
        try {
            String type = JSON.readTree(body).path("__type").asText("");
            return type.isEmpty() ? "error" : type.substring(type.lastIndexOf('#') + 1);
        } catch (IOException e) {
            return "error";
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fromSecretString(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the secret named by TASKFIT_GENERATE_API_KEY_SECRET is empty "
                    + "(or binary; store the key as a string)");
        }
        String text = value.strip();
        if (!text.startsWith("{")) {
            return text;
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (IOException e) {
            return text; // not JSON after all: a key that starts with "{"
        }
        for (String field : KEY_FIELDS) {
            if (json.path(field).isTextual()) {
                return json.get(field).asText().strip();
            }
        }
        String only = null;
        int strings = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual()) {
                strings++;
                only = field.getValue().asText().strip();
            }
        }
        if (strings == 1) {
            return only;
        }
        throw new IllegalArgumentException("the secret named by TASKFIT_GENERATE_API_KEY_SECRET is a JSON object "
                + "without one of " + KEY_FIELDS + " and with more than one string field");
    }
}
