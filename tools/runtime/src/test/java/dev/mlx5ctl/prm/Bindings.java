package dev.mlx5ctl.prm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Reflection over the generated classes, for tests that walk every layout and command of the registry: finds the
 * class and methods the emitter's naming rules give a schema name, and calls them. Generated code itself uses none.
 */
final class Bindings {

    private static final Set<String> TAKEN = Set.of("wrap", "at", "builder", "segment", "copyTo", "build",
            "statusName", "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone",
            "finalize");

    private Bindings() {
    }

    static String upperCamel(String schemaName) {
        StringBuilder sb = new StringBuilder();
        for (String part : schemaName.toLowerCase(Locale.ROOT).split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && Character.isDigit(sb.charAt(sb.length() - 1)) && Character.isDigit(part.charAt(0))) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return sb.toString();
    }

    /** The getter and setter name of a schema field. */
    static String method(String fieldName) {
        String upper = upperCamel(fieldName);
        String name = Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
        return SourceVersion.isKeyword(name) || TAKEN.contains(name) ? name + "Field" : name;
    }

    static Class<?> type(String simpleName) {
        try {
            return Class.forName("dev.mlx5ctl.prm." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + simpleName, e);
        }
    }

    /** Calls the public method of that name whose parameters accept {@code args} (static if target is a Class). */
    static Object call(Object target, String name, Object... args) {
        Class<?> cls = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
                try {
                    return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + cls.getSimpleName() + "." + name + Arrays.toString(args));
    }

    private static boolean accepts(Class<?>[] params, Object[] args) {
        if (params.length != args.length) {
            return false;
        }
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i];
            Class<?> boxed = p == int.class ? Integer.class : p == long.class ? Long.class : p;
            if (args[i] != null && !boxed.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** A field value boxed as the generated accessor takes it: int below 32 bits, long from 32 on. */
    static Object boxed(long value, int width) {
        return width < 32 ? (Object) (int) value : (Object) value;
    }
}
