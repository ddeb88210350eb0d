#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace crm::PrivateFiles {

namespace {
constexpr QFile::Permissions kFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
} // namespace

bool makeFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    if ((QFile::permissions(path) & ~kFolder) != 0)
        QFile::setPermissions(path, kFolder);
    return true;
}

void tighten(const QString& path)
{
    if (QFileInfo::exists(path) && (QFile::permissions(path) & ~kFile) != 0)
        QFile::setPermissions(path, kFile);
}

bool ensureFile(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QFileInfo::exists(path); // another process made it meanwhile
        f.setPermissions(kFile);
        return true;
    }
    tighten(path);
    return true;
}

} // namespace crm::PrivateFiles
