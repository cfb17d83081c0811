package cn.heatdesk.fieldservice;

import java.time.Instant;

/** A photo attached to a home visit, without its bytes. */
public record VisitPhoto(long id, long visitId, String contentType, int sizeBytes, String caption, String uploadedBy,
                         Instant uploadedAt) {

    /** The photo with its bytes, for download. */
    public record Content(VisitPhoto info, byte[] content) {
    }
}
