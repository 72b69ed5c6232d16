package dev.ormdantic.processor.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What makes a record component a relationship: a {@code Ref<X, K>} (a foreign-key column that becomes a
 * {@code ToOne} constant), a {@code Many<X>} (no column; a {@code ToMany} constant), or a malformed one of either. The
 * records it names are read from their own declarations, so that the validator can judge the relationship without
 * {@code javax.lang.model}.
 */
public sealed interface RelationModel {

    /**
     * The name of the relationship constant in the generated class ({@code AUTHOR}).
     *
     * @return the constant name
     */
    String constant();

    /**
     * The component's type as written ({@code Ref<Author, Long>}), for messages.
     *
     * @return the type
     */
    String written();

    /**
     * A {@code Ref} component of another record, as read from that record's declaration.
     *
     * @param component the component's name
     * @param target the record it references, as written ({@code Author}), or {@code null} when its type arguments
     *     are not a record and a key type
     * @param targetName the referenced record's canonical name, or the empty string
     * @param nullable whether it is {@code @Nullable}
     */
    record RefComponent(String component, @Nullable TypeRef target, String targetName, boolean nullable) {

        /**
         * Whether it references a record.
         *
         * @param qualifiedName the record's canonical name
         * @return whether this is a reference to it
         */
        public boolean references(String qualifiedName) {
            return targetName.equals(qualifiedName);
        }

        /**
         * The name of its {@code ToOne} constant in its record's generated class.
         *
         * @return the constant name
         */
        public String constant() {
            return GeneratedNames.constantName(component);
        }
    }

    /**
     * A record a {@code Many} component names (its element record or its association record), as its declaration
     * reads.
     *
     * @param type the record
     * @param table whether it is a {@code @Table} record (a {@code @View} is one too; see {@code view})
     * @param view whether it is a {@code @View}
     * @param refs its {@code Ref} components, in component order
     * @param components the names of all its components, in component order
     */
    record Side(TypeRef type, boolean table, boolean view, List<RefComponent> refs, List<String> components) {

        /** Copies the lists. */
        public Side {
            refs = List.copyOf(refs);
            components = List.copyOf(components);
        }

        /**
         * Its {@code Ref} components to a record.
         *
         * @param qualifiedName the referenced record's canonical name
         * @return the components, in component order
         */
        public List<RefComponent> refsTo(String qualifiedName) {
            List<RefComponent> found = new ArrayList<>();
            for (RefComponent ref : refs) {
                if (ref.references(qualifiedName)) {
                    found.add(ref);
                }
            }
            return found;
        }

        /**
         * The component of a name, whether or not it is a {@code Ref}.
         *
         * @param name the component name
         * @return the reference component, or {@code null} when no {@code Ref} component has that name
         */
        public @Nullable RefComponent ref(String name) {
            for (RefComponent ref : refs) {
                if (ref.component().equals(name)) {
                    return ref;
                }
            }
            return null;
        }

        /**
         * The generated class of the record.
         *
         * @return the class
         */
        public TypeRef generatedClass() {
            return new TypeRef(type.packageName(), List.of(GeneratedNames.tableClassName(type.simpleNames())));
        }
    }

    /**
     * A {@code Ref<X, K>} component: its column holds the key of a row of {@code X}.
     *
     * @param constant the {@code ToOne} constant's name
     * @param written the type as written
     * @param target the referenced record {@code X}
     * @param referencesValue the class named by a {@code @References} on the component, as written, when it is not
     *     {@code X}; {@code null} when there is none or it names {@code X}
     * @param cycle the records and components of a cycle of non-nullable references from this component back to its
     *     own record ({@code Post.author -> Author.favourite}), empty when there is none
     */
    record Ref(
            String constant,
            String written,
            TypeRef target,
            @Nullable String referencesValue,
            List<String> cycle) implements RelationModel {

        /** Copies the list. */
        public Ref {
            cycle = List.copyOf(cycle);
        }

        /**
         * The generated class of the referenced record.
         *
         * @return the class
         */
        public TypeRef targetClass() {
            return new TypeRef(target.packageName(), List.of(GeneratedNames.tableClassName(target.simpleNames())));
        }
    }

    /**
     * The session cascades a {@code @BackReference} declares.
     *
     * @param save {@code cascadeSave}, {@code true} unless declared off
     * @param delete {@code cascadeDelete}
     * @param orphanRemoval {@code orphanRemoval}
     */
    record Cascades(boolean save, boolean delete, boolean orphanRemoval) {

        /**
         * Whether these are the defaults ({@code save} only), which the generated constant leaves unsaid.
         *
         * @return whether nothing differs from the defaults
         */
        public boolean isDefault() {
            return save && !delete && !orphanRemoval;
        }
    }

    /**
     * A {@code Many<X>} component.
     *
     * @param constant the {@code ToMany} constant's name
     * @param written the type as written
     * @param element the element record {@code X}, as its declaration reads
     * @param backReference the {@code @BackReference} value, or {@code null} when it has none
     * @param through the {@code @Through} record, or {@code null} when it has none
     * @param throughSource the {@code @Through(source)} value
     * @param throughTarget the {@code @Through(target)} value
     * @param cascades what {@code @BackReference} declares a session does to the collection's rows
     */
    record Many(
            String constant,
            String written,
            Side element,
            @Nullable String backReference,
            @Nullable Side through,
            String throughSource,
            String throughTarget,
            Cascades cascades)
            implements RelationModel {

        /**
         * The element record's reference this one-to-many is the back reference of: the named one, else the only one
         * to {@code owner}.
         *
         * @param owner the canonical name of the record holding the component
         * @return the reference, or {@code null} when there is no such single reference
         */
        public @Nullable RefComponent back(String owner) {
            String name = backReference;
            return name == null ? null : pick(element, name, owner);
        }

        /**
         * The association record's reference to the record holding the component.
         *
         * @param owner the canonical name of the record holding the component
         * @return the reference, or {@code null} when there is no such single reference
         */
        public @Nullable RefComponent throughSourceRef(String owner) {
            Side side = through;
            return side == null ? null : pick(side, throughSource, owner);
        }

        /**
         * The association record's reference to the element record.
         *
         * @param owner the canonical name of the record holding the component, which the reference must differ from
         *     when both are references to the same record (a self many-to-many)
         * @return the reference, or {@code null} when there is no such single reference
         */
        public @Nullable RefComponent throughTargetRef(String owner) {
            Side side = through;
            if (side == null) {
                return null;
            }
            if (!throughTarget.isEmpty()) {
                return pick(side, throughTarget, element.type().qualifiedName());
            }
            List<RefComponent> candidates =
                    new ArrayList<>(side.refsTo(element.type().qualifiedName()));
            RefComponent source = throughSourceRef(owner);
            if (source != null) {
                candidates.remove(source);
            }
            return candidates.size() == 1 ? candidates.getFirst() : null;
        }

        private static @Nullable RefComponent pick(Side side, String name, String referenced) {
            if (!name.isEmpty()) {
                RefComponent named = side.ref(name);
                return named != null && named.references(referenced) ? named : null;
            }
            List<RefComponent> candidates = side.refsTo(referenced);
            return candidates.size() == 1 ? candidates.getFirst() : null;
        }
    }

    /**
     * A component that is no {@code Ref} nor {@code Many} but carries {@code @BackReference} or {@code @Through}; it
     * stays a column of its own type.
     *
     * @param constant its column constant's name
     * @param written the type as written
     * @param annotation the misplaced annotation's simple name
     */
    record Misplaced(String constant, String written, String annotation) implements RelationModel {}

    /**
     * A {@code Ref}, {@code Many} or {@code Optional} of one that cannot be a relationship.
     *
     * @param constant the constant it would have had
     * @param written the type as written
     * @param problem what is wrong, for the message
     * @param fix how to fix it, for the message
     */
    record Malformed(String constant, String written, String problem, String fix) implements RelationModel {}
}
