// A serial port that is not an IoT Pro module, for tests: creates a pseudo-terminal, prints
// "serial:/dev/pts/N", then until killed either stays silent ("silent") or streams random
// bytes ("noise"), the way a modem or a busy RS-485 adapter might.
#include <QByteArray>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

int main(int argc, char* argv[])
{
    const bool noisy = argc > 1 && std::strcmp(argv[1], "noise") == 0;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return 1;
    const char* slaveName = ptsname(master);
    // Holding the slave open keeps the master readable after a client closes the port.
    const int slave = open(slaveName, O_RDWR | O_NOCTTY);
    termios raw {};
    tcgetattr(slave, &raw);
    cfmakeraw(&raw);
    tcsetattr(slave, TCSANOW, &raw);
    std::printf("serial:%s\n", slaveName);
    std::fflush(stdout);

    QRandomGenerator rng(4711);
    char buffer[256];
    for (;;) {
        // Swallow whatever the client writes so it never blocks.
        const int flags = fcntl(master, F_GETFL);
        fcntl(master, F_SETFL, flags | O_NONBLOCK);
        while (read(master, buffer, sizeof buffer) > 0) { }
        if (noisy) {
            for (char& c : buffer)
                c = static_cast<char>(rng.bounded(0, 256));
            if (write(master, buffer, sizeof buffer) < 0) { }
        }
        usleep(10000);
    }
}
