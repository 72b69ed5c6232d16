package dev.ormdantic.internal.jdbc;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ormdantic.support.JsonType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InaccessibleObjectException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The one Jackson mapper that writes and reads JSON columns. Its settings make the round trip exact on every
 * database: {@link BigDecimal} and {@link BigInteger} are written as JSON strings (MySQL keeps JSON numbers as
 * doubles, which would round them), a document must be one value with nothing after it, and map entries keep their
 * order on the way out.
 */
final class JsonValues {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .withConfigOverride(BigInteger.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private JsonValues() {}

    /**
     * Writes a value as JSON text.
     *
     * @param value the value
     * @param type its generic type
     * @return the text
     * @throws JacksonException when Jackson cannot write it
     */
    static String write(Object value, JsonType<?> type) throws JacksonException {
        return MAPPER.writerFor(javaType(type)).writeValueAsString(value);
    }

    /**
     * Reads JSON text as a value of its generic type.
     *
     * @param text the text
     * @param type the type
     * @param <V> the value type
     * @return the value
     * @throws JacksonException when the text is not JSON or does not fit the type
     */
    static <V> V read(String text, JsonType<V> type) throws JacksonException {
        return MAPPER.readerFor(javaType(type)).readValue(text);
    }

    /**
     * Writes texts as one JSON array of strings, for a long {@code IN} list that the database reads back with
     * {@code OPENJSON} or {@code JSON_TABLE}.
     *
     * @param texts the texts
     * @return the array
     */
    static String stringArray(List<String> texts) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.writeStartArray();
            for (String text : texts) {
                json.writeString(text);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The fix for a value Jackson could not write or read: in a named module Jackson reaches a record's accessors and
     * constructor only when the record's package is exported to it, which its message then names.
     *
     * @param failure what Jackson threw
     * @param otherwise the fix for any other failure
     * @return the fix
     */
    static String fix(JacksonException failure, String otherwise) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof InaccessibleObjectException || message.contains("InaccessibleObjectException")) {
                return "export the package of the JSON type to Jackson: in the module-info.java of the module the"
                        + " message names, add exports <that package> to com.fasterxml.jackson.databind;";
            }
        }
        return otherwise;
    }

    private static JavaType javaType(JsonType<?> type) {
        return MAPPER.getTypeFactory().constructType(type.type());
    }
}
