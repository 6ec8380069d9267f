#pragma once

#include <QString>

namespace Flowsmith {

/// Who commits: user.name and user.email as git config has them.
struct GitIdentity
{
    QString name;
    QString email;

    bool isValid() const { return !name.trimmed().isEmpty() && email.contains(u'@'); }
};

} // namespace Flowsmith
