// `almanac-pdfa`: the program almanac runs after WeasyPrint to finish a report's PDF/A-3b
// (pdfa/pdf_archive.h). Not for people: almanac passes every argument, in this order.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "pdfa/pdf_archive.h"

int main(int argc, char** argv) {
  if (argc != 9) {
    std::fprintf(stderr,
                 "usage: almanac-pdfa INPUT OUTPUT LANGUAGE DATE ATTACHMENT NAME TYPE "
                 "DESCRIPTION\n(almanac runs this program itself when it makes a report's PDF)\n");
    return 2;
  }
  almanac::PdfArchiveDetails details;
  details.language = argv[3];
  const std::string date = argv[4];  // 2025-12-31
  details.date = {std::atoi(date.substr(0, 4).c_str()), std::atoi(date.substr(5, 2).c_str()),
                  std::atoi(date.substr(8, 2).c_str())};
  std::ifstream attachment(argv[5], std::ios::binary);
  if (!attachment) {
    std::fprintf(stderr, "cannot read %s\n", argv[5]);
    return 1;
  }
  std::ostringstream bytes;
  bytes << attachment.rdbuf();
  details.attachment = bytes.str();
  std::string error;
  details.attachment_name = argv[6];
  details.attachment_type = argv[7];
  details.attachment_description = argv[8];
  if (!almanac::finish_pdf_archive(argv[1], argv[2], details, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  return 0;
}
