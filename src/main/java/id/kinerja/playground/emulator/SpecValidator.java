package id.kinerja.playground.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.kinerja.playground.emulator.JsonShapes.JSON;
import static id.kinerja.playground.emulator.JsonShapes.NODES;

/**
 * Validation of every request against the official API description ({@code docs/telegram/bot-api-spec.json},
 * on the classpath as {@code /telegram/bot-api-spec.json}; see {@link ApiSpec}), answered with Telegram's wording where it has one.
 */
final class SpecValidator {

    private final ApiSpec spec;

    SpecValidator(ApiSpec spec) {
        this.spec = spec;
    }

    /**
     * The request's parameters checked against the method's fields (unknown, missing, wrong type) and normalised:
     * form values become numbers, booleans and JSON objects as the spec's types say.
     */
    ObjectNode validate(ApiSpec.Method method, ObjectNode raw) {
        ObjectNode params = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = raw.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            ApiSpec.Field field = method.fields().get(e.getKey());
            if (field == null) {
                throw new ApiError(400, "Bad Request: unknown parameter " + e.getKey());
            }
            if (e.getValue() == null || e.getValue().isNull()) {
                continue;
            }
            JsonNode value = coerce(e.getKey(), e.getValue(), field.types());
            params.set(e.getKey(), value);
        }
        for (ApiSpec.Field f : method.fields().values()) {
            if (f.required() && !params.has(f.name())) {
                if (f.name().equals("text")) {
                    throw new ApiError(400, "Bad Request: message text is empty");
                }
                if (f.name().equals("chat_id")) {
                    throw new ApiError(400, "Bad Request: chat_id is empty");
                }
                throw new ApiError(400, "Bad Request: " + f.name() + " is required");
            }
        }
        return params;
    }

    private JsonNode coerce(String path, JsonNode value, List<String> types) {
        String firstFailure = null;
        for (String type : types) {
            try {
                JsonNode v = coerceOne(path, value, type);
                if (v != null) {
                    return v;
                }
            } catch (ApiError e) {
                if (firstFailure == null) {
                    firstFailure = e.description;
                }
            }
        }
        if (firstFailure != null) {
            throw new ApiError(400, firstFailure);
        }
        throw new ApiError(400, "Bad Request: parameter \"" + path + "\" has wrong type, expected "
                + String.join(" or ", types));
    }

    /** Returns the normalized value, null if the value is not of this type, or throws with a precise reason. */
    private JsonNode coerceOne(String path, JsonNode v, String type) {
        switch (type) {
            case "Integer":
                if (v.isIntegralNumber()) {
                    return LongNode.valueOf(v.asLong());
                }
                if (v.isTextual() && v.asText().matches("-?\\d{1,19}")) {
                    return LongNode.valueOf(Long.parseLong(v.asText()));
                }
                return null;
            case "Float":
                if (v.isNumber()) {
                    return v;
                }
                if (v.isTextual()) {
                    try {
                        return DoubleNode.valueOf(Double.parseDouble(v.asText()));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                return null;
            case "String":
                if (v.isTextual()) {
                    return v;
                }
                return v.isNumber() ? TextNode.valueOf(v.asText()) : null;
            case "Boolean":
            case "True":
                if (v.isBoolean()) {
                    return v;
                }
                if (v.isTextual()) {
                    String s = v.asText().toLowerCase(Locale.ROOT);
                    if (s.equals("true") || s.equals("1")) {
                        return BooleanNode.TRUE;
                    }
                    if (s.equals("false") || s.equals("0")) {
                        return BooleanNode.FALSE;
                    }
                }
                return null;
            case "InputFile":
                return v.isTextual() ? v : null;
            default:
                break;
        }
        JsonNode parsed = v;
        if (v.isTextual()) {
            try {
                parsed = JSON.readTree(v.asText());
            } catch (JsonProcessingException e) {
                throw new ApiError(400, "Bad Request: can't parse " + path + " JSON object");
            }
            if (parsed == null) {
                return null;
            }
        }
        if (type.startsWith("Array of ")) {
            if (!parsed.isArray()) {
                return null;
            }
            String element = type.substring("Array of ".length());
            ArrayNode out = NODES.arrayNode();
            for (int i = 0; i < parsed.size(); i++) {
                JsonNode e = parsed.get(i);
                JsonNode c = coerce(path + "[" + i + "]", e, List.of(element));
                out.add(c);
            }
            return out;
        }
        if (!parsed.isObject()) {
            return null;
        }
        return coerceObject(path, (ObjectNode) parsed, type);
    }

    private JsonNode coerceObject(String path, ObjectNode obj, String typeName) {
        ApiSpec.Type type = spec.type(typeName);
        if (type == null) {
            return obj; // not described in the spec: accept as is
        }
        if (!type.subtypes().isEmpty()) {
            return coerce(path, obj, type.subtypes());
        }
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            ApiSpec.Field f = type.fields().get(e.getKey());
            if (f == null) {
                throw new ApiError(400, "Bad Request: can't parse " + path + ": unknown field \"" + e.getKey() + "\" in "
                        + typeName);
            }
            out.set(e.getKey(), coerce(path + "." + e.getKey(), e.getValue(), f.types()));
        }
        for (ApiSpec.Field f : type.fields().values()) {
            if (f.required() && !out.has(f.name())) {
                throw new ApiError(400, "Bad Request: can't parse " + path + ": field \"" + f.name() + "\" of " + typeName
                        + " is required");
            }
        }
        return out;
    }
}
