package io.yeonpyo.article;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * One remark of the load report, as a message key and its arguments: pages render it in the reader's language, logs
 * in English. The arguments are already text (file names, numbers, the system's own error messages).
 *
 * @param key a {@code load.note.*} key of messages.properties
 */
public record LoadNote(String key, List<String> args) implements MessageSourceResolvable {

    public LoadNote {
        args = List.copyOf(args);
    }

    static LoadNote of(String key, Object... args) {
        return new LoadNote(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }
}
