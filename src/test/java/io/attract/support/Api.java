package io.attract.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;

/** Requests to the API as one user, with JSON bodies, for the response to be checked. */
public final class Api {

    private Api() {}

    /** A request as this user that sends this body as JSON. */
    public static RequestSpecification json(String who, Object body) {
        return Tokens.as(who).contentType(ContentType.JSON).body(body);
    }

    public static ValidatableResponse get(String who, String path) {
        return Tokens.as(who).get(path).then();
    }

    /** A GET with query parameters, given as name, value, name, value … (a name may repeat). */
    public static ValidatableResponse get(String who, String path, Object... query) {
        RequestSpecification request = Tokens.as(who);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(path).then();
    }

    public static ValidatableResponse post(String who, String path, Object body) {
        return json(who, body).post(path).then();
    }

    /** A POST that names the version of the record it acts on ({@code If-Match}). */
    public static ValidatableResponse post(String who, String path, String ifMatch, Object body) {
        return json(who, body).header("If-Match", ifMatch).post(path).then();
    }

    public static ValidatableResponse put(String who, String path, Object body) {
        return json(who, body).put(path).then();
    }

    /** A PUT that names the version it changes ({@code If-Match}). */
    public static ValidatableResponse put(String who, String path, String ifMatch, Object body) {
        return json(who, body).header("If-Match", ifMatch).put(path).then();
    }

    public static ValidatableResponse delete(String who, String path) {
        return Tokens.as(who).delete(path).then();
    }

    /** A DELETE that names the version it removes ({@code If-Match}). */
    public static ValidatableResponse delete(String who, String path, String ifMatch) {
        return Tokens.as(who).header("If-Match", ifMatch).delete(path).then();
    }

    /** GETs a file as this user (query pairs as for {@link #get}), expects it served and returns its bytes. */
    public static byte[] download(String who, String path, Object... query) {
        return get(who, path, query).statusCode(200).extract().asByteArray();
    }

    /** POSTs this body as this user, expects the record to be created and returns its id. */
    public static int create(String who, String path, Object body) {
        return post(who, path, body).statusCode(201).extract().path("id");
    }

    /** A request refused for one field ({@code .spec(…)}): 400, this error code, and this field named first. */
    public static ResponseSpecification fieldError(String code, String field) {
        return new ResponseSpecBuilder()
                .expectStatusCode(400)
                .expectBody("code", equalTo(code))
                .expectBody("violations[0].field", equalTo(field))
                .build();
    }
}
