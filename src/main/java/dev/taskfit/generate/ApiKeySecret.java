package dev.taskfit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the API key once, at start-up, from the Secrets Manager secret or SSM SecureString parameter whose ARN is
 * in {@code TASKFIT_GENERATE_API_KEY_SECRET} (the Terraform module passes it, and grants only that read). A secret
 * may hold the bare key, or a JSON object with the key as its only string or under apiKey/api_key/api-key/key.
 */
final class ApiKeySecret {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> KEY_FIELDS = List.of("apiKey", "api_key", "api-key", "key");

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
        String service = parts[2];
        Region region = Region.of(parts[3]);
        try {
            return switch (service) {
                case "secretsmanager" -> {
                    try (SecretsManagerClient client = SecretsManagerClient.builder().httpClient(http())
                            .credentialsProvider(DefaultCredentialsProvider.builder().build()).region(region)
                            .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT)).build()) {
                        yield fromSecretString(client.getSecretValue(r -> r.secretId(arn.strip())).secretString());
                    }
                }
                case "ssm" -> {
                    try (SsmClient client = SsmClient.builder().httpClient(http())
                            .credentialsProvider(DefaultCredentialsProvider.builder().build()).region(region)
                            .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT)).build()) {
                        yield client.getParameter(r -> r.name(arn.strip()).withDecryption(true)).parameter().value().strip();
                    }
                }
                default -> throw new IllegalArgumentException("TASKFIT_GENERATE_API_KEY_SECRET names service '" + service
                        + "'; use a Secrets Manager secret or an SSM parameter");
            };
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() : e.getClass().getSimpleName();
            throw new IllegalArgumentException("the API key could not be read from TASKFIT_GENERATE_API_KEY_SECRET ("
                    + service + " " + code + ", HTTP " + e.statusCode() + "; check the ARN and the function's IAM role)");
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("the API key could not be read from TASKFIT_GENERATE_API_KEY_SECRET ("
                    + service + ": " + e.getClass().getSimpleName() + ")");
        }
    }

    private static SdkHttpClient http() {
        return UrlConnectionHttpClient.builder().connectionTimeout(CALL_TIMEOUT).socketTimeout(CALL_TIMEOUT).build();
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
        try {
            JsonNode json = new ObjectMapper().readTree(text);
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
        } catch (IOException e) {
            // not JSON after all: a key that starts with "{"
            return text;
        }
        throw new IllegalArgumentException("the secret named by TASKFIT_GENERATE_API_KEY_SECRET is a JSON object "
                + "without one of " + KEY_FIELDS + " and with more than one string field");
    }
}
