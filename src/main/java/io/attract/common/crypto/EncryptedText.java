package io.attract.common.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A column of personal data: sealed when written, opened when read ({@link PersonalDataCipher}). */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null || plain.isEmpty()
                ? plain
                : PersonalDataCipher.configured().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return PersonalDataCipher.configured().decrypt(stored);
    }
}
