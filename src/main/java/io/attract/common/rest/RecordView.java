package io.attract.common.rest;

/** A record as its page shows it: its id, for its address, and its version, sent as ETag for the next If-Match. */
public interface RecordView {

    long id();

    long version();
}
