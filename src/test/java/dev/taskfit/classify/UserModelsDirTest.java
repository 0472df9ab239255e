package dev.taskfit.classify;

import dev.taskfit.train.cli.Main;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** A model trained with the taskfit command and dropped into taskfit.classify.models-dir is served beside the shipped ones. */
@QuarkusTest
@TestProfile(UserModelsDirTest.WithUserModel.class)
class UserModelsDirTest {

    /** Trains a small two-label model into a fresh directory before the app starts. */
    public static class WithUserModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("taskfit-models");
                Path data = dir.resolve("orders.csv");
                StringBuilder csv = new StringBuilder("label,text\n");
                String[] late = {"where is my parcel", "order still not delivered", "package is late again", "tracking shows no movement"};
                String[] refund = {"i want my money back", "please refund the charge", "refund for the broken item", "return and reimburse me"};
                for (int i = 0; i < 60; i++) {
                    csv.append("delivery,\"").append(late[i % 4]).append(" #").append(i).append("\"\n");
                    csv.append("refund,\"").append(refund[i % 4]).append(" #").append(i).append("\"\n");
                }
                Files.writeString(data, csv);
                int exit = Main.execute("train", data.toString(), "--name", "orders",
                        "--out", dir.resolve("orders.tfc").toString(), "--quiet");
                if (exit != 0) {
                    throw new IllegalStateException("taskfit train exited with " + exit);
                }
                Files.delete(data);
                Files.writeString(dir.resolve("broken.tfc"), "not a model"); // skipped, never fatal
                return Map.of("taskfit.classify.models-dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void servesTheUserModel() {
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"orders\",\"text\":\"my parcel is late and not delivered\"}")
                .post("/v1/classify")
                .then().statusCode(200)
                .body("label", equalTo("delivery"));
    }

    @Test
    void listsItWithItsOrigin() {
        given().get("/v1/models")
                .then().statusCode(200)
                .body("models.name", hasItems("sentiment", "spam", "orders"))
                .body("models.find { it.name == 'orders' }.origin", equalTo("orders.tfc"))
                .body("models.find { it.name == 'orders' }.labels", hasItems("delivery", "refund"));
    }
}
