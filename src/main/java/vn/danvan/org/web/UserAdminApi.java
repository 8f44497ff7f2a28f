package vn.danvan.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.org.UserSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/**
 * REST API of user accounts for scripts: administrators list, read and create accounts (/api/v1/admin/**,
 * ADMIN only); everyone changes their own password. A broken rule answers 400 with a Vietnamese problem
 * detail (see ErrorHandling); passwords and their hashes are never returned.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản", description = "Quản trị người dùng và đổi mật khẩu của chính mình")
class UserAdminApi {

    private final UserAccounts users;
    private final Organizations organizations;
    private final Clock clock;

    UserAdminApi(UserAccounts users, Organizations organizations, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    @Operation(summary = "Tìm người dùng (không phân biệt dấu), lọc theo vai trò và trạng thái, phân trang",
            description = "Sắp xếp: name, username, role, lastLogin; dir=asc|desc. Chỉ quản trị hệ thống.")
    Paged<UserDto> list(@AuthenticationPrincipal DanVanUser admin,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) Role role,
                        @RequestParam(required = false) Boolean enabled,
                        @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size,
                        @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String dir) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return users.search(admin.scope(), new UserSearch(q, role, enabled), PageQuery.of(page, size, sort, dir))
                .map(account -> UserDto.of(account, organizationName(account), now));
    }

    @GetMapping("/admin/users/{id}")
    @Operation(summary = "Một người dùng: thông tin, vai trò, cơ quan và trạng thái (không có mật khẩu)")
    UserDto get(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id) {
        UserAccount account = users.get(id, admin.scope());
        return UserDto.of(account, organizationName(account), OffsetDateTime.now(clock));
    }

    @PostMapping("/admin/users")
    @Operation(summary = "Tạo người dùng",
            description = "Mật khẩu ban đầu phải đạt chính sách mật khẩu (ít nhất 12 ký tự ngoài chế độ trình diễn). "
                    + "mustChangePassword mặc định true: người dùng phải đổi mật khẩu ở lần đăng nhập đầu.")
    ResponseEntity<UserDto> create(@RequestBody NewUserRequest request) {
        long id = users.create(new UserAccounts.UserDetailsForm(request.username(), request.fullName(), request.email(),
                        request.phone(), request.positionTitle(), request.role(), request.organizationId()),
                request.password(), request.mustChangePassword() == null || request.mustChangePassword());
        UserAccount created = users.findByUsername(request.username()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id))
                .body(UserDto.of(created, organizationName(created), OffsetDateTime.now(clock)));
    }

    @PostMapping("/me/password")
    @Operation(summary = "Đổi mật khẩu của chính mình",
            description = "Cần mật khẩu hiện tại. Trả về 204 khi thành công, 400 kèm lý do khi không đạt.")
    ResponseEntity<Void> changeOwnPassword(@AuthenticationPrincipal DanVanUser user, @RequestBody PasswordChange request) {
        users.changeOwnPassword(user.getUsername(), request.currentPassword(), request.newPassword());
        user.passwordChanged();
        return ResponseEntity.noContent().build();
    }

    private String organizationName(UserAccount account) {
        return account.organizationId() == null ? null
                : organizations.find(account.organizationId()).map(Organization::name).orElse(null);
    }

    /** An account as scripts see it. */
    record UserDto(long id, String username, String fullName, String positionTitle, String email, String phone,
                   String role, Long organizationId, String organizationName, boolean enabled, boolean locked,
                   OffsetDateTime lockedUntil, boolean mustChangePassword, OffsetDateTime lastLoginAt,
                   OffsetDateTime createdAt, int version) {
        static UserDto of(UserAccount a, String organizationName, OffsetDateTime now) {
            return new UserDto(a.id(), a.username(), a.fullName(), a.positionTitle(), a.email(), a.phone(),
                    a.role().name(), a.organizationId(), organizationName, a.enabled(), a.isLockedAt(now),
                    a.isLockedAt(now) ? a.lockedUntil() : null, a.mustChangePassword(), a.lastLoginAt(),
                    a.createdAt(), a.version());
        }
    }

    /** A new account; {@code mustChangePassword} defaults to true. */
    record NewUserRequest(String username, String fullName, String positionTitle, String email, String phone,
                          Role role, Long organizationId, String password, Boolean mustChangePassword) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
