package app.fairpass.core.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(String role);

    boolean existsByUsername(String username);

    List<UserAccount> findByRoleOrderByUsername(String role);

    Optional<UserAccount> findFirstByEmployerIdOrderById(Long employerId);
}
