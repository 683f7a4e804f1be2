/*
 * The baseline for benchmarks/run.sh: parses YAML files into libyaml events and does nothing
 * else, which is the least any YAML-reading tool must do. Each file is read whole into memory
 * and handed to yaml_parser_set_input_string, as naptrack does.
 *
 *   cc -O2 -o yaml-parse benchmarks/yaml-parse.c -lyaml
 *   yaml-parse FILE...      prints: files bytes events
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    unsigned long long bytes = 0, events = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 2; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        unsigned char *text = malloc(size > 0 ? (size_t)size : 1);
        if (!text || fread(text, 1, (size_t)size, file) != (size_t)size) { fprintf(stderr, "%s: read failed\n", argv[i]); return 2; }
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, text, (size_t)size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "%s:%zu:%zu: %s\n", argv[i], parser.problem_mark.line + 1,
                        parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
                return 1;
            }
            done = event.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
        free(text);
        bytes += (unsigned long long)size;
    }
    printf("%d %llu %llu\n", argc - 1, bytes, events);
    return 0;
}
