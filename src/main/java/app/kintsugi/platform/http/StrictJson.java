package app.kintsugi.platform.http;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How request bodies are read, whatever type they are bound to.
 *
 * <p>
 * A JSON object that names a field twice is refused as malformed, instead of letting the last value silently win: two
 * readers of the same body (a proxy that checks the first, the API that keeps the last) must never disagree.
 *
 * <p>
 * A string holding a NUL or half of a surrogate pair (both legal JSON escapes, {@code \u0000} and {@code \ud800}) is
 * refused wherever it appears, in a typed field, a list, an enum or a merge patch, with
 * {@link SoundText.RefusedException} whose path names the field: every scalar and enum reader is wrapped once here
 * instead of checking field by field.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // A value of the wrong JSON type is refused (422 invalid-type), not converted: 12345 is no text, "true" and 0
        // are no booleans, 1.5 is no whole number, and "" or " " is no date. Coercion accepted what the contract
        // refuses, so a request the contract calls invalid could succeed.
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        // A JSON body is UTF-8 (RFC 8259 §8.1): one guessed to be UTF-16 or UTF-32 is malformed, so that no reader
        // of the same bytes sees other text than this one.
        mapper.getFactory().setInputDecorator(new Utf8Only());
        SimpleModule module = new SimpleModule("kintsugi-sound-text");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                // Objects read their fields with these same wrapped readers; only scalars see a string token.
                return deserializer instanceof BeanDeserializerBase
                        ? deserializer
                        : new SoundTextReader(deserializer, true);
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new SoundTextReader(deserializer, true);
            }
        });
        @SuppressWarnings({"unchecked", "rawtypes"})
        JsonDeserializer<JsonNode> tree = (JsonDeserializer) new SoundTextReader(
                JsonNodeDeserializer.getDeserializer(JsonNode.class), false);
        module.addDeserializer(JsonNode.class, tree);
        mapper.registerModule(module);
    }

    /** Refuses a byte stream that starts like UTF-16 or UTF-32: a NUL byte or a UTF-16 byte order mark up front. */
    static final class Utf8Only extends InputDecorator {

        private static final long serialVersionUID = 1L;

        @Override
        public java.io.InputStream decorate(IOContext context, java.io.InputStream in) throws IOException {
            java.io.PushbackInputStream stream = new java.io.PushbackInputStream(in, 2);
            byte[] start = stream.readNBytes(2);
            if (start.length == 2 && (start[0] == 0 || start[1] == 0 || (start[0] & 0xFE) == 0xFE
                    && (start[1] & 0xFE) == 0xFE)) {
                throw new JsonParseException(null, "A JSON body must be UTF-8");
            }
            stream.unread(start);
            return stream;
        }

        @Override
        public java.io.InputStream decorate(IOContext context, byte[] source, int offset, int length)
                throws IOException {
            return decorate(context, new java.io.ByteArrayInputStream(source, offset, length));
        }

        @Override
        public java.io.Reader decorate(IOContext context, java.io.Reader reader) {
            return reader;
        }
    }

    /**
     * Checks the string a scalar is read from, or every string of a tree read whole. A scalar field is sent or left out
     * (docs/contract.md, the inclusion rule): an explicit {@code null} is refused as the wrong type, not taken for
     * "absent"; a field left out is still absent. A tree (a merge patch) keeps its nulls, which remove.
     */
    static final class SoundTextReader extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;
        private final boolean refuseNull;

        SoundTextReader(JsonDeserializer<?> delegate, boolean refuseNull) {
            super(delegate);
            this.refuseNull = refuseNull;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SoundTextReader(delegate, refuseNull);
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            if (refuseNull) {
                throw MismatchedInputException.from(context.getParser(), handledType(),
                        "An explicit null where a value or nothing is expected");
            }
            return super.getNullValue(context);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !SoundText.isSound(parser.getText())) {
                throw new SoundText.RefusedException(parser);
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof JsonNode tree && tree.isContainerNode()) {
                check(parser, tree);
            }
            return value;
        }

        private static void check(JsonParser parser, JsonNode node) throws SoundText.RefusedException {
            if (node.isTextual()) {
                if (!SoundText.isSound(node.textValue())) {
                    throw new SoundText.RefusedException(parser);
                }
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    try {
                        check(parser, field.getValue());
                    } catch (SoundText.RefusedException e) {
                        e.prependPath(node, field.getKey());
                        throw e;
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(parser, node.get(i));
                    } catch (SoundText.RefusedException e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            }
        }
    }
}
