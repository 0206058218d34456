#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "artist-studio " << STUDIO_VERSION << '\n';
    return 0;
}
