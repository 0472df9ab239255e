package dev.taskfit.generate;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TASKFIT_GENERATE_API_KEY_SECRET: the key read with a SigV4-signed call from a local server speaking the Secrets
 * Manager and SSM JSON protocols (the AWS SDK's aws.endpointUrl* system properties point it there).
 */
class ApiKeySecretTest {

    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:taskfit/llm-AbCdEf";
    private static final String PARAMETER_ARN = "arn:aws:ssm:eu-west-1:123456789012:parameter/taskfit/llm-key";
    private static final List<String> targets = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static volatile int status = 200;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            targets.add(target + " " + body + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            String answer;
            if (status != 200) {
                answer = "{\"__type\":\"AccessDeniedException\",\"Message\":\"User is not authorized to perform this action\"}";
            } else if ("secretsmanager.GetSecretValue".equals(target)) {
                answer = "{\"ARN\":\"" + SECRET_ARN + "\",\"Name\":\"taskfit/llm\",\"SecretString\":\"{\\\"apiKey\\\":\\\"sk-from-secrets-manager\\\"}\","
                        + "\"VersionId\":\"a1b2c3d4-0000-4000-8000-000000000001\",\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.7644E9}";
            } else {
                answer = "{\"Parameter\":{\"Name\":\"/taskfit/llm-key\",\"Type\":\"SecureString\",\"Value\":\"sk-from-ssm\","
                        + "\"Version\":3,\"LastModifiedDate\":1.7644E9,\"ARN\":\"" + PARAMETER_ARN + "\",\"DataType\":\"text\"}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        System.setProperty("aws.endpointUrlSecretsManager", url);
        System.setProperty("aws.endpointUrlSsm", url);
        System.setProperty("aws.accessKeyId", "AKIDTASKFITTEST");
        System.setProperty("aws.secretAccessKey", "taskfit-test-secret-access-key");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        for (String p : new String[] {"aws.endpointUrlSecretsManager", "aws.endpointUrlSsm", "aws.accessKeyId", "aws.secretAccessKey"}) {
            System.clearProperty(p);
        }
    }

    @Test
    void readsTheKeyFromASecretsManagerSecret() {
        status = 200;
        assertEquals("sk-from-secrets-manager", ApiKeySecret.read(SECRET_ARN));
        String call = targets.get(targets.size() - 1);
        assertTrue(call.startsWith("secretsmanager.GetSecretValue "), call);
        assertTrue(call.contains(SECRET_ARN), call);
        assertTrue(call.contains("AWS4-HMAC-SHA256 Credential=AKIDTASKFITTEST/"), call);
        assertTrue(call.contains("/eu-west-1/secretsmanager/aws4_request"), call);
    }

    @Test
    void readsTheKeyFromAnSsmSecureStringDecrypted() {
        status = 200;
        assertEquals("sk-from-ssm", ApiKeySecret.read(PARAMETER_ARN));
        String call = targets.get(targets.size() - 1);
        assertTrue(call.startsWith("AmazonSSM.GetParameter "), call);
        assertTrue(call.contains("\"WithDecryption\":true"), call);
        assertTrue(call.contains("/eu-west-1/ssm/aws4_request"), call);
    }

    @Test
    void aRefusalNamesTheServiceTheErrorAndWhatToCheck() {
        status = 400;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeySecret.read(SECRET_ARN));
        assertEquals("the API key could not be read from TASKFIT_GENERATE_API_KEY_SECRET (secretsmanager "
                + "AccessDeniedException, HTTP 400; check the ARN and the function's IAM role)", e.getMessage());
        status = 200;
    }

    @Test
    void notAnArnIsSaidSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeySecret.read("my-secret"));
        assertTrue(e.getMessage().startsWith("TASKFIT_GENERATE_API_KEY_SECRET is not an ARN"), e.getMessage());
    }

    @Test
    void secretStringsHoldTheKeyBareOrInJson() {
        assertEquals("sk-bare", ApiKeySecret.fromSecretString(" sk-bare\n"));
        assertEquals("sk-a", ApiKeySecret.fromSecretString("{\"api_key\":\"sk-a\",\"note\":\"prod\"}"));
        assertEquals("sk-b", ApiKeySecret.fromSecretString("{\"OPENAI_API_KEY\":\"sk-b\",\"count\":1}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiKeySecret.fromSecretString("{\"a\":\"sk-c\",\"b\":\"sk-d\"}"));
        assertFalse(e.getMessage().contains("sk-c"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiKeySecret.fromSecretString("  "));
    }
}
