/* Bare libyaml event loop over files, the baseline pixc's reader is measured against.
   Usage: libyaml-events FILE... ; prints the number of events and bytes read. */
#include <yaml.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    unsigned long events = 0, bytes = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) { perror(argv[i]); return 2; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        unsigned char *buffer = malloc(size > 0 ? size : 1);
        if (fread(buffer, 1, size, f) != (size_t)size) { fclose(f); return 2; }
        fclose(f);
        bytes += size;
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, buffer, size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: %s\n", argv[i], parser.problem); break; }
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        free(buffer);
    }
    printf("%lu events, %lu bytes\n", events, bytes);
    return 0;
}
