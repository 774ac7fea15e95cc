package io.providerportal.platform.web;

/**
 * The 404s both sides answer, defined once: what the caller may not see and what does not exist look the same,
 * whichever side answers.
 */
public final class NotFound {

    private NotFound() {}

    public static NotFoundException item() {
        return new NotFoundException("item.not-found", "No such item.");
    }

    public static NotFoundException collection() {
        return new NotFoundException("collection.not-found", "No such collection in this organization.");
    }

    public static NotFoundException user() {
        return new NotFoundException("user.not-found", "No such user.");
    }
}
