package cn.heatdesk.fieldservice.domain;

import cn.heatdesk.common.InvalidInputException;

/** Photos of a visit: at most 5 MB, JPEG or PNG as their first bytes say (the file name and header are not trusted). */
public final class PhotoCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private PhotoCheck() {
    }

    /** The content type the bytes prove, or a refusal. */
    public static String contentType(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("EMPTY_PHOTO", "photo", "请选择照片");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("PHOTO_TOO_LARGE", "photo", "照片不能超过 5 MB");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length >= png.length) {
            boolean same = true;
            for (int i = 0; i < png.length; i++) {
                same &= bytes[i] == png[i];
            }
            if (same) {
                return "image/png";
            }
        }
        throw new InvalidInputException("NOT_A_PHOTO", "photo", "只能上传 JPEG 或 PNG 格式的照片");
    }
}
