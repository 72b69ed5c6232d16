package dev.ormdantic.internal.exec;

import dev.ormdantic.support.GeneratedTable;
import java.lang.module.ModuleDescriptor;

/**
 * The fix for a table class the table index does not list. In a named module the index file
 * ({@code META-INF/services/dev.ormdantic.support.GeneratedTable}) is ignored, and only the module's {@code provides}
 * directive makes its tables known, so the fix there is that directive, not the processor.
 */
final class ModuleProviders {

    private ModuleProviders() {}

    /**
     * What to do about a table class that is not in the index.
     *
     * @param type the table class
     * @param otherwise the fix when the class is on the class path, or its module already provides it
     * @return the fix
     */
    static String fix(Class<?> type, String otherwise) {
        Module module = type.getModule();
        ModuleDescriptor descriptor = module.getDescriptor();
        if (!module.isNamed() || descriptor == null || descriptor.isAutomatic() || provides(descriptor, type)) {
            return otherwise;
        }
        return "declare the table in module " + module.getName() + ": add " + type.getName()
                + " to its provides directive, provides " + GeneratedTable.class.getName() + " with "
                + type.getName() + ", ...; (the annotation processor's warning ORM1102 prints the whole line)";
    }

    private static boolean provides(ModuleDescriptor descriptor, Class<?> type) {
        for (ModuleDescriptor.Provides provides : descriptor.provides()) {
            if (provides.service().equals(GeneratedTable.class.getName())
                    && provides.providers().contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
