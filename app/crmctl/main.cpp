// crmctl: CRM Console from a terminal, for scripts and admins. See Commands::usage().
#include "commands.h"

#include "profiles/profilestore.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    crm::initApplicationIdentity();
    return Commands::run(app.arguments().mid(1));
}
