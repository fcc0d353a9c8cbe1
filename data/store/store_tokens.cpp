// Store: API tokens. A token is 32 random bytes, shown once in hex; the store keeps its SHA-256.
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <SQLiteCpp/Statement.h>

#include "data/store/audit.hpp"
#include "data/store/store.hpp"

namespace relplan {

namespace {

std::string hex(const unsigned char* data, std::size_t size) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    out += digits[data[i] >> 4U];
    out += digits[data[i] & 15U];
  }
  return out;
}

std::string sha256_hex(const std::string& text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(text.data(), text.size(), digest, &size, EVP_sha256(), nullptr);
  return hex(digest, size);
}

}  // namespace

Result<std::string> Store::create_token(const std::string& role, const std::string& label, const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (role != "editor" && role != "security") return Error::expected("--role", "'" + role + "'", "editor or security");
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("no random bytes from OpenSSL");
  const std::string token = "rp_" + hex(bytes, sizeof bytes);
  auto s = write("creating a token", [&](SQLite::Database& db) {
    SQLite::Statement q(db, "INSERT INTO tokens (hash, role, label) VALUES (?, ?, ?)");
    q.bind(1, sha256_hex(token));
    q.bind(2, role);
    q.bind(3, label);
    q.exec();
    append_audit(db, actor, "create token", "token " + label, role);
  });
  if (!s) return s.error();
  return token;
}

std::optional<TokenInfo> Store::token(const std::string& token) const {
  const std::lock_guard lock(mutex_);
  SQLite::Statement q(*db_, "SELECT role, label FROM tokens WHERE hash = ?");
  q.bind(1, sha256_hex(token));
  if (!q.executeStep()) return std::nullopt;
  return TokenInfo{q.getColumn(0).getString(), q.getColumn(1).getString()};
}

std::optional<std::string> Store::token_role(const std::string& token) const {
  auto info = this->token(token);
  if (!info) return std::nullopt;
  return info->role;
}

}  // namespace relplan
