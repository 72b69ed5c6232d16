package dev.ormdantic.examples.todo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.error.ConstraintViolationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.OptimisticLockException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.error.Violation;
import dev.ormdantic.examples.todo.model.Project;
import dev.ormdantic.examples.todo.model.ProjectTable;
import dev.ormdantic.examples.todo.model.Tag;
import dev.ormdantic.examples.todo.model.TagTable;
import dev.ormdantic.examples.todo.model.Task;
import dev.ormdantic.examples.todo.model.TaskTable;
import dev.ormdantic.examples.todo.model.TaskTag;
import dev.ormdantic.examples.todo.model.TaskTagTable;
import dev.ormdantic.examples.todo.model.User;
import dev.ormdantic.examples.todo.model.UserTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The JSON API: one handler that routes by method and path, calls the library through its public API and turns its
 * coded errors into HTTP answers.
 *
 * <table>
 *   <caption>Errors</caption>
 *   <tr><th>error</th><th>status</th><th>body</th></tr>
 *   <tr><td>{@link ValidationException} ({@code ORM2104})</td><td>400</td><td>{@code violations}: field and
 *   message</td></tr>
 *   <tr><td>{@link FilterException} ({@code ORM2501}-{@code ORM2505})</td><td>400</td><td>{@code path},
 *   {@code allowed}</td></tr>
 *   <tr><td>{@link OptimisticLockException} ({@code ORM2810})</td><td>409</td><td>{@code expected},
 *   {@code actual}</td></tr>
 *   <tr><td>{@link ConstraintViolationException}</td><td>409 for a unique value taken ({@code ORM2201},
 *   {@code ORM2202}), else 400</td><td></td></tr>
 *   <tr><td>{@link HttpError}</td><td>its status</td><td></td></tr>
 * </table>
 *
 * <p>Every error body holds {@code error} (the message) and, for the library's errors, {@code code}.
 */
public final class TodoService implements HttpHandler {

    /** The most tasks {@code GET /tasks} returns. */
    public static final int MAX_LIMIT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Logger LOG = Logger.getLogger(TodoService.class.getName());

    private final BlockingOrmdantic db;
    private final BlockingTableHandle<User, Long> users;
    private final BlockingTableHandle<Project, Long> projects;
    private final BlockingTableHandle<Project, Long> projectsWithOwner;
    private final BlockingTableHandle<Project, Long> projectsInFull;
    private final BlockingTableHandle<Task, Long> tasks;
    private final BlockingTableHandle<Task, Long> tasksWithTags;

    /**
     * The API over an open database whose schema is current.
     *
     * @param db the database
     */
    public TodoService(Ormdantic db) {
        this.db = db.blocking();
        this.users = db.blockingTable(UserTable.TABLE);
        this.projects = db.blockingTable(ProjectTable.TABLE);
        // a to-one: joined, in the projects' own statement
        this.projectsWithOwner = projects.loading(ProjectTable.OWNER.joined());
        // the owner joined; the tasks and their tags select-in: one statement each (the tags two: links, then tags),
        // however many tasks there are, and no parent row repeated per task and tag as a joined collection would
        this.projectsInFull = projectsWithOwner
                .loading(ProjectTable.TASKS.selectIn().orderBy(OrderBy.asc(TaskTable.ID)))
                .loading(ProjectTable.TASKS.then(TaskTable.TAGS).selectIn().orderBy(OrderBy.asc(TagTable.NAME)));
        this.tasks = db.blockingTable(TaskTable.TABLE);
        this.tasksWithTags = tasks.loading(TaskTable.TAGS.selectIn().orderBy(OrderBy.asc(TagTable.NAME)));
    }

    /** The result of a route: a status and a body to send as JSON ({@code null}: none). */
    private record Response(int status, @Nullable Object body) {}

    /**
     * Answers one request.
     *
     * @param exchange the request and its response
     * @throws IOException when the response cannot be sent
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = route(exchange);
        } catch (HttpError e) {
            response = new Response(e.status(), error(e.getMessage(), null));
        } catch (ValidationException e) {
            Map<String, Object> body = error(e.getMessage(), e);
            List<Map<String, Object>> violations = new ArrayList<>();
            for (Violation violation : e.violations()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("field", violation.component());
                entry.put("message", violation.message());
                violations.add(entry);
            }
            body.put("violations", violations);
            response = new Response(400, body);
        } catch (FilterException e) {
            Map<String, Object> body = error(e.getMessage(), e);
            body.put("path", e.path());
            body.put("allowed", e.allowed());
            response = new Response(400, body);
        } catch (OptimisticLockException e) {
            Map<String, Object> body = error(e.getMessage(), e);
            body.put("expected", e.expectedVersion());
            body.put("actual", e.actualVersion());
            response = new Response(409, body);
        } catch (ConstraintViolationException e) {
            // a unique value taken (a user's email) conflicts with the stored state; anything else is a bad request
            boolean taken = e.code() == ErrorCode.UNIQUE_VIOLATION || e.code() == ErrorCode.DUPLICATE_KEY;
            response = new Response(taken ? 409 : 400, error(e.getMessage(), e));
        } catch (OrmdanticException e) {
            response = new Response(500, error(e.getMessage(), e));
        } catch (RuntimeException e) {
            // a bug: the client learns that much, the log the rest
            LOG.log(Level.SEVERE, exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
            response = new Response(500, error("internal error (" + e.getClass().getSimpleName() + ")", null));
        }
        send(exchange, response);
    }

    private Response route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> path = Arrays.stream(exchange.getRequestURI().getPath().split("/", -1))
                .filter(segment -> !segment.isEmpty())
                .toList();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String resource = path.isEmpty() ? "" : path.getFirst();
        return switch (resource) {
            case "users" -> {
                if (path.size() != 1) {
                    throw new HttpError(404, "no such endpoint");
                }
                yield switch (method) {
                    case "POST" -> createUser(body(exchange));
                    case "GET" ->
                        new Response(
                                200,
                                users.findMany(Filter.all(), OrderBy.asc(UserTable.ID)).data().stream()
                                        .map(TodoService::user)
                                        .toList());
                    default -> throw notAllowed(method);
                };
            }
            case "projects" -> projects(method, path, exchange);
            case "tasks" -> tasks(method, path, query, exchange);
            default -> throw new HttpError(404, "no such endpoint");
        };
    }

    private Response projects(String method, List<String> path, HttpExchange exchange) throws IOException {
        if (path.size() == 1) {
            return switch (method) {
                case "POST" -> createProject(body(exchange));
                case "GET" ->
                    new Response(
                            200,
                            projectsWithOwner.findMany(Filter.all(), OrderBy.asc(ProjectTable.ID)).data().stream()
                                    .map(TodoService::project)
                                    .toList());
                default -> throw notAllowed(method);
            };
        }
        long id = id(path.get(1));
        if (path.size() == 2 && method.equals("GET")) {
            return new Response(
                    200, project(projectsInFull.findOne(id).orElseThrow(() -> HttpError.notFound("project", id))));
        }
        if (path.size() == 3 && path.get(2).equals("tasks") && method.equals("POST")) {
            return createTask(id, body(exchange));
        }
        if (path.size() == 3 && path.get(2).equals("archive") && method.equals("POST")) {
            return archive(id);
        }
        throw new HttpError(
                path.size() <= 3 ? 405 : 404, path.size() <= 3 ? method + " is not allowed here" : "no such endpoint");
    }

    private Response tasks(String method, List<String> path, Map<String, String> query, HttpExchange exchange)
            throws IOException {
        if (path.size() == 1) {
            if (!method.equals("GET")) {
                throw notAllowed(method);
            }
            return listTasks(query);
        }
        long id = id(path.get(1));
        if (path.size() == 2) {
            return switch (method) {
                case "GET" ->
                    new Response(
                            200, task(tasksWithTags.findOne(id).orElseThrow(() -> HttpError.notFound("task", id))));
                case "PATCH" -> patchTask(id, body(exchange));
                case "DELETE" -> deleteTask(id);
                default -> throw notAllowed(method);
            };
        }
        if (path.size() == 3 && path.get(2).equals("tags")) {
            if (!method.equals("PUT")) {
                throw notAllowed(method);
            }
            return replaceTags(id, body(exchange));
        }
        throw new HttpError(404, "no such endpoint");
    }

    private Response createUser(JsonNode body) {
        User user = users.insert(new User(0, text(body, "name", ""), text(body, "email", ""), Many.unloaded()));
        return new Response(201, user(user));
    }

    private Response createProject(JsonNode body) {
        long owner = number(body, "ownerId", null);
        User user = users.findOne(owner).orElseThrow(() -> HttpError.badRequest("ownerId " + owner + " names no user"));
        Project created =
                projects.insert(new Project(0, Ref.to(owner), text(body, "name", ""), false, Many.unloaded()));
        // the owner as read, so that the answer has the same shape as GET /projects
        return new Response(
                201, project(new Project(created.id(), Ref.of(owner, user), created.name(), false, Many.unloaded())));
    }

    private Response createTask(long projectId, JsonNode body) {
        if (projects.findOne(projectId).isEmpty()) {
            throw HttpError.notFound("project", projectId);
        }
        Task created = tasks.insert(new Task(
                0,
                Ref.to(projectId),
                text(body, "title", ""),
                false,
                (int) number(body, "priority", 3L),
                0,
                Many.unloaded()));
        return new Response(201, task(withTags(created, List.of())));
    }

    /** A new state of a task; the body's {@code version} is the one the client read, checked by the update. */
    private Response patchTask(long id, JsonNode body) {
        long version = number(body, "version", null);
        Task current = tasks.findOne(id).orElseThrow(() -> HttpError.notFound("task", id));
        Task next = new Task(
                id,
                current.project(),
                text(body, "title", current.title()),
                bool(body, "done", current.done()),
                (int) number(body, "priority", (long) current.priority()),
                version,
                Many.unloaded());
        if (!tasks.update(next)) {
            throw HttpError.notFound("task", id);
        }
        return new Response(200, task(tasksWithTags.findOne(id).orElseThrow(() -> HttpError.notFound("task", id))));
    }

    /** The task and its tag links, in one session: the links are deleted before the task (children first). */
    private Response deleteTask(long id) {
        db.inSession(s -> {
            Task task = s.get(TaskTable.TABLE, id).orElseThrow(() -> HttpError.notFound("task", id));
            for (TaskTag link : s.find(TaskTagTable.TABLE, TaskTagTable.TASK_KEY.eq(id))) {
                s.delete(link);
            }
            s.delete(task);
        });
        return new Response(204, null);
    }

    /**
     * Replaces a task's tags with the named ones, in one session: the tags that do not exist are created, the links
     * that are no longer wanted deleted and the new ones inserted, all committed together.
     */
    private Response replaceTags(long id, JsonNode body) {
        JsonNode names = body.get("tags");
        if (names == null || !names.isArray()) {
            throw HttpError.badRequest("'tags' must be a list of tag names");
        }
        Set<String> wanted = new TreeSet<>();
        for (JsonNode name : names) {
            if (!name.isTextual()) {
                throw HttpError.badRequest("'tags' must be a list of tag names, not " + name);
            }
            wanted.add(name.asText());
        }
        db.inSession(s -> {
            if (s.get(TaskTable.TABLE, id).isEmpty()) {
                throw HttpError.notFound("task", id);
            }
            Set<Long> tagIds = new HashSet<>();
            if (!wanted.isEmpty()) {
                List<Tag> existing = s.find(TagTable.TABLE, TagTable.NAME.in(wanted));
                Set<String> missing = new TreeSet<>(wanted);
                existing.forEach(tag -> missing.remove(tag.name()));
                for (String name : missing) {
                    s.add(new Tag(0, name));
                }
                if (!missing.isEmpty()) {
                    s.flush(); // the new tags get their keys
                    existing = s.find(TagTable.TABLE, TagTable.NAME.in(wanted));
                }
                existing.forEach(tag -> tagIds.add(tag.id()));
            }
            for (TaskTag link : s.find(TaskTagTable.TABLE, TaskTagTable.TASK_KEY.eq(id))) {
                if (!tagIds.remove(link.tag().key())) {
                    s.delete(link);
                }
            }
            for (long tagId : tagIds) {
                s.add(new TaskTag(Ref.to(id), Ref.to(tagId)));
            }
        });
        return new Response(200, task(tasksWithTags.findOne(id).orElseThrow(() -> HttpError.notFound("task", id))));
    }

    /** Archives a project and marks its open tasks done, in one session: one transaction, versions checked. */
    private Response archive(long projectId) {
        int closed = db.session(s -> {
            Project project =
                    s.get(ProjectTable.TABLE, projectId).orElseThrow(() -> HttpError.notFound("project", projectId));
            s.update(new Project(project.id(), project.owner(), project.name(), true, project.tasks()));
            List<Task> open =
                    s.find(TaskTable.TABLE, TaskTable.PROJECT_KEY.eq(projectId).and(TaskTable.DONE.eq(false)));
            for (Task task : open) {
                s.update(new Task(
                        task.id(), task.project(), task.title(), true, task.priority(), task.version(), task.tags()));
            }
            return open.size();
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project", projectId);
        body.put("archived", true);
        body.put("tasksClosed", closed);
        return new Response(200, body);
    }

    /** {@code GET /tasks?filter={json}&order=-priority,id&limit=20}: the filter language of {@link Filters}. */
    private Response listTasks(Map<String, String> query) {
        String json = query.get("filter");
        Filter<Task> filter = json == null ? Filter.all() : Filters.fromJson(TaskTable.TABLE, json);
        String terms = query.get("order");
        OrderBy<Task> order = terms == null
                ? OrderBy.asc(TaskTable.ID)
                : Filters.orderBy(TaskTable.TABLE, List.of(terms.split(",", -1)));
        long limit = query.containsKey("limit") ? id(query.get("limit")) : 100;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw HttpError.badRequest("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return new Response(
                200,
                tasksWithTags.findMany(filter, order, Slice.limit(limit)).data().stream()
                        .map(TodoService::task)
                        .toList());
    }

    private static Task withTags(Task task, List<Tag> tags) {
        return new Task(
                task.id(), task.project(), task.title(), task.done(), task.priority(), task.version(), Many.of(tags));
    }

    private static Map<String, Object> user(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("name", user.name());
        json.put("email", user.email());
        return json;
    }

    private static Map<String, Object> project(Project project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", project.id());
        json.put("name", project.name());
        json.put("archived", project.archived());
        json.put("ownerId", project.owner().key());
        if (project.owner().isLoaded()) {
            User owner = project.owner().get();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", owner.id());
            summary.put("name", owner.name());
            json.put("owner", summary);
        }
        if (project.tasks().isLoaded()) {
            json.put(
                    "tasks",
                    project.tasks().get().stream().map(TodoService::task).toList());
        }
        return json;
    }

    private static Map<String, Object> task(Task task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", task.id());
        json.put("projectId", task.project().key());
        json.put("title", task.title());
        json.put("done", task.done());
        json.put("priority", task.priority());
        json.put("version", task.version());
        if (task.tags().isLoaded()) {
            json.put("tags", task.tags().get().stream().map(Tag::name).toList());
        }
        return json;
    }

    private static Map<String, Object> error(@Nullable String message, @Nullable OrmdanticException cause) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", message == null ? "error" : message);
        if (cause != null) {
            json.put("code", cause.code().id());
        }
        return json;
    }

    private static HttpError notAllowed(String method) {
        return new HttpError(405, method + " is not allowed here");
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = JSON.readTree(in);
            if (body == null || !body.isObject()) {
                throw HttpError.badRequest("the body must be a JSON object");
            }
            return body;
        } catch (JacksonException e) {
            throw HttpError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field, String absent) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isTextual()) {
            throw HttpError.badRequest("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static long number(JsonNode body, String field, @Nullable Long absent) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (absent == null) {
                throw HttpError.badRequest("'" + field + "' is required");
            }
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw HttpError.badRequest("'" + field + "' must be a whole number");
        }
        return value.asLong();
    }

    private static boolean bool(JsonNode body, String field, boolean absent) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw HttpError.badRequest("'" + field + "' must be true or false");
        }
        return value.asBoolean();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("'" + text + "' is not a number");
        }
    }

    private static Map<String, String> query(@Nullable String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        try (exchange) {
            if (response.body() == null) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            byte[] bytes = JSON.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
