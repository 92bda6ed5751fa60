package app.fairpass.core.seeker;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "key_group")
class KeyGroup {
    @Id
    private String code;
    private String nameZh;
    private String nameEn;
    private int sortOrder;

    protected KeyGroup() {
    }

    KeyGroupInfo toInfo() {
        return new KeyGroupInfo(code, nameZh, nameEn);
    }
}
