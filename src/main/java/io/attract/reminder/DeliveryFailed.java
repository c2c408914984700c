package io.attract.reminder;

/** A message that did not go out, with a reason fit for the delivery log (never a URL or a secret). */
class DeliveryFailed extends Exception {

    DeliveryFailed(String reason) {
        super(reason);
    }
}
