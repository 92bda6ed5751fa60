package app.fairpass.core.pass;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PassSignerTest {
    @Autowired
    PassSigner signer;
    @Autowired
    PassService passes;
    @Autowired
    TestFair testFair;

    @Test
    void rotatingTheKeyKeepsPrintedPassesValid() {
        FairInfo fair = testFair.openFair("轮换测试 " + UUID.randomUUID());
        PassRef before = testFair.register(fair.id(), "周昇");

        char newKey = asOrganiser(signer::rotate);
        PassRef after = testFair.register(fair.id(), "吴珺");

        assertThat(after.code().keyId()).isEqualTo(newKey).isNotEqualTo(before.code().keyId());
        assertThat(passes.check(before.code().text(), fair.id()).verdict()).isEqualTo(CodeCheck.Verdict.FOUND);
        assertThat(passes.check(after.code().text(), fair.id()).verdict()).isEqualTo(CodeCheck.Verdict.FOUND);
    }

    @Test
    void aCodeSignedWithAnUnknownKeyIsInvalid() {
        FairInfo fair = testFair.openFair("密钥测试 " + UUID.randomUUID());
        PassCode genuine = testFair.register(fair.id(), "郑堃").code();
        PassCode otherKey = new PassCode('Z', genuine.fairId(), genuine.randomId(), genuine.mac());

        assertThat(passes.check(otherKey.text(), fair.id()).verdict()).isEqualTo(CodeCheck.Verdict.INVALID);
    }
}
