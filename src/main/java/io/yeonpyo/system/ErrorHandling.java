package io.yeonpyo.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns bad input and unknown ids into 400 and 404 answers a reader understands: an HTML page for pages,
 * {@link ApiError} JSON under {@code /api/}. Deliberately global (no selectors) so it also covers URLs that
 * match no controller at all.
 */
@ControllerAdvice
class ErrorHandling {

    static final String ERROR_VIEW = "error";

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException ex, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, List.of(message(ex.messageKey(), shown(ex.id()))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchPage(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, List.of(message("error.notFound.page", shown(request.getRequestURI()))));
    }

    /** Covers type mismatches (type=UNKNOWN, from=2025-13) and constraint violations (page=-1) alike. */
    @ExceptionHandler(BindException.class)
    Object badParameters(BindException ex, HttpServletRequest request) {
        List<String> problems = ex.getFieldErrors().stream().map(this::describe).toList();
        return respond(request, HttpStatus.BAD_REQUEST, problems);
    }

    private String describe(FieldError error) {
        String value = shown(String.valueOf(error.getRejectedValue()));
        String hint = messages.getMessage("param.hint." + error.getField(), null, "", locale());
        return message("error.param.invalid", error.getField(), value, hint).strip();
    }

    /**
     * What a reader typed, echoed back safely in any context (HTML page, JSON read by a careless client): letters,
     * digits and plain punctuation only, and not too much of it.
     */
    static String shown(String input) {
        String safe = input == null ? "" : input.replaceAll("[^\\p{L}\\p{N} ._:/,-]", "?");
        return safe.length() > 60 ? safe.substring(0, 60) + "…" : safe;
    }

    // Declared as Object: Spring MVC picks the return value handler from the runtime type (entity or view).
    private Object respond(HttpServletRequest request, HttpStatus status, List<String> problems) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(status.value(), status.getReasonPhrase(), String.join(" ", problems)));
        }
        ModelAndView page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        page.addObject("problems", problems);
        return page;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
