package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.TypeRef;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import org.jspecify.annotations.Nullable;

/** Reads component types into {@link JavaType}s, and names types the way the user wrote them. */
final class TypeScanner {

    private TypeScanner() {}

    static JavaType javaType(TypeMirror type) {
        String name = displayName(type);
        return switch (type.getKind()) {
            case BOOLEAN -> JavaType.of(ValueKind.BOOLEAN, name, true);
            case BYTE -> JavaType.of(ValueKind.BYTE, name, true);
            case SHORT -> JavaType.of(ValueKind.SHORT, name, true);
            case INT -> JavaType.of(ValueKind.INT, name, true);
            case LONG -> JavaType.of(ValueKind.LONG, name, true);
            case FLOAT -> JavaType.of(ValueKind.FLOAT, name, true);
            case DOUBLE -> JavaType.of(ValueKind.DOUBLE, name, true);
            case ARRAY ->
                ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                        ? JavaType.of(ValueKind.BYTES, name, false)
                        : JavaType.of(ValueKind.UNSUPPORTED, name, false);
            case DECLARED -> declared((DeclaredType) type, name);
            default -> JavaType.of(ValueKind.UNSUPPORTED, name, type.getKind().isPrimitive());
        };
    }

    private static JavaType declared(DeclaredType type, String name) {
        TypeElement element = (TypeElement) type.asElement();
        String qualified = element.getQualifiedName().toString();
        if (qualified.equals("java.util.Optional")) {
            return optional(type, name);
        }
        if (JsonTypes.isJsonContainer(element)) {
            return JsonTypes.javaType(type, name);
        }
        if (!type.getTypeArguments().isEmpty()) {
            return JavaType.of(ValueKind.UNSUPPORTED, name, false);
        }
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element member : element.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
            return JavaType.ofEnum(typeRef(element), constants, isReachable(element));
        }
        ValueKind kind = switch (element.getQualifiedName().toString()) {
            case "java.lang.String" -> ValueKind.STRING;
            case "java.lang.Boolean" -> ValueKind.BOOLEAN;
            case "java.lang.Byte" -> ValueKind.BYTE;
            case "java.lang.Short" -> ValueKind.SHORT;
            case "java.lang.Integer" -> ValueKind.INT;
            case "java.lang.Long" -> ValueKind.LONG;
            case "java.lang.Float" -> ValueKind.FLOAT;
            case "java.lang.Double" -> ValueKind.DOUBLE;
            case "java.math.BigDecimal" -> ValueKind.DECIMAL;
            case "java.util.UUID" -> ValueKind.UUID;
            case "java.time.LocalDate" -> ValueKind.DATE;
            case "java.time.LocalDateTime" -> ValueKind.DATETIME;
            case "java.time.Instant" -> ValueKind.INSTANT;
            case "java.math.BigInteger" -> ValueKind.BIG_INTEGER;
            case "java.time.LocalTime" -> ValueKind.TIME;
            case "java.time.OffsetDateTime" -> ValueKind.OFFSET_DATETIME;
            default -> ValueKind.UNSUPPORTED;
        };
        return JavaType.of(kind, name, false);
    }

    /** {@code Optional<T>}: the type of {@code T} in a nullable column, or why it cannot be one. */
    private static JavaType optional(DeclaredType type, String name) {
        if (type.getTypeArguments().size() != 1) {
            return JavaType.refused(ValueKind.UNSUPPORTED, name, "a raw Optional has no value type");
        }
        TypeMirror argument = type.getTypeArguments().getFirst();
        if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY) {
            return JavaType.refused(
                    ValueKind.UNSUPPORTED, name, displayName(argument) + " is not a type Ormdantic can store");
        }
        JavaType inner = javaType(argument);
        if (inner.optional()) {
            return JavaType.refused(ValueKind.UNSUPPORTED, name, "an Optional inside an Optional has no column");
        }
        if (inner.kind() == ValueKind.UNSUPPORTED) {
            return JavaType.refused(
                    ValueKind.UNSUPPORTED, name, displayName(argument) + " is not a type Ormdantic can store");
        }
        return inner.asOptional(name);
    }

    /** The package and nested simple names of a class; a local class keeps only its own simple name. */
    static TypeRef typeRef(TypeElement element) {
        List<String> names = new ArrayList<>();
        Element current = element;
        while (current instanceof TypeElement type) {
            names.addFirst(type.getSimpleName().toString());
            if (type.getNestingKind() == NestingKind.LOCAL) {
                break;
            }
            current = type.getEnclosingElement();
        }
        return new TypeRef(packageName(element), names);
    }

    /** Whether code elsewhere in the package can name the class: it and its enclosing classes are not private. */
    static boolean isReachable(TypeElement element) {
        Element current = element;
        while (current instanceof TypeElement type) {
            if (type.getModifiers().contains(Modifier.PRIVATE) || type.getNestingKind() == NestingKind.LOCAL) {
                return false;
            }
            current = type.getEnclosingElement();
        }
        return true;
    }

    /** The name of the package holding the element; empty for the unnamed package. */
    static String packageName(Element element) {
        for (Element current = element; current != null; current = current.getEnclosingElement()) {
            if (current instanceof PackageElement pkg) {
                return pkg.getQualifiedName().toString();
            }
        }
        return "";
    }

    /** The first unresolved type within {@code type} (its type arguments and array components included). */
    static @Nullable TypeMirror unresolved(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> type;
            case ARRAY -> unresolved(((ArrayType) type).getComponentType());
            case DECLARED -> {
                for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    TypeMirror found = unresolved(argument);
                    if (found != null) {
                        yield found;
                    }
                }
                yield null;
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound =
                        wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
                yield bound == null ? null : unresolved(bound);
            }
            default -> null;
        };
    }

    /** The type as the user would write it, with simple names and without type annotations. */
    static String displayName(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> displayName(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String name = declared.asElement() instanceof TypeElement element
                        ? typeRef(element).displayName()
                        : declared.asElement().getSimpleName().toString();
                yield declared.getTypeArguments().isEmpty()
                        ? name
                        : declared.getTypeArguments().stream()
                                .map(TypeScanner::displayName)
                                .collect(Collectors.joining(", ", name + "<", ">"));
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror extendsBound = wildcard.getExtendsBound();
                TypeMirror superBound = wildcard.getSuperBound();
                if (extendsBound != null) {
                    yield "? extends " + displayName(extendsBound);
                }
                yield superBound == null ? "?" : "? super " + displayName(superBound);
            }
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE ->
                type.getKind().name().toLowerCase(Locale.ROOT);
            case TYPEVAR -> ((TypeVariable) type).asElement().getSimpleName().toString();
            default -> type.toString();
        };
    }
}
